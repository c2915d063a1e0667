package news.liveblog.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one password policy: at least twelve characters, at most what bcrypt hashes whole (72 UTF-8 bytes). */
class PasswordPolicyTests {

	@Test
	void twelveCharactersToSeventyTwoBytesMayBeUsed() {
		assertThat(PasswordPolicy.problemWith("twelve chars")).isEmpty();
		assertThat(PasswordPolicy.problemWith("x".repeat(72))).isEmpty();
	}

	@Test
	void fewerThanTwelveCharactersOrNoneAreTooShort() {
		assertThat(PasswordPolicy.problemWith("eleven char")).contains(PasswordPolicy.Problem.TOO_SHORT);
		assertThat(PasswordPolicy.problemWith(null)).contains(PasswordPolicy.Problem.TOO_SHORT);
	}

	@Test
	void moreThanSeventyTwoBytesAreTooLongEvenInFewerCharacters() {
		assertThat(PasswordPolicy.problemWith("x".repeat(73))).contains(PasswordPolicy.Problem.TOO_LONG);
		// 25 characters of 3 bytes each: 75 bytes.
		assertThat(PasswordPolicy.problemWith("€".repeat(25))).contains(PasswordPolicy.Problem.TOO_LONG);
	}

	@Test
	void eachProblemNamesItsMessageAndTheLimitTheMessageSays() {
		assertThat(PasswordPolicy.Problem.TOO_SHORT.messageCode()).isEqualTo("account.password.tooShort");
		assertThat(PasswordPolicy.Problem.TOO_SHORT.limit()).isEqualTo(12);
		assertThat(PasswordPolicy.Problem.TOO_LONG.messageCode()).isEqualTo("account.password.tooLong");
		assertThat(PasswordPolicy.Problem.TOO_LONG.limit()).isEqualTo(72);
	}

}
