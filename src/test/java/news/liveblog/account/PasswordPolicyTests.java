package news.liveblog.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one password policy: at least twelve characters, at most what bcrypt hashes whole (72 UTF-8 bytes), and
 * neither only spaces nor one character repeated.
 */
class PasswordPolicyTests {

	@Test
	void twelveCharactersToSeventyTwoBytesMayBeUsed() {
		assertThat(PasswordPolicy.problemWith("twelve chars")).isEmpty();
		assertThat(PasswordPolicy.problemWith("xy".repeat(36))).isEmpty();
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
	void onlySpacesOfAnyKindAreRefusedWhateverTheirLength() {
		assertThat(PasswordPolicy.problemWith(" ".repeat(12))).contains(PasswordPolicy.Problem.ONLY_SPACES);
		assertThat(PasswordPolicy.problemWith(" \t \u00a0".repeat(4))).contains(PasswordPolicy.Problem.ONLY_SPACES);
		assertThat(PasswordPolicy.problemWith(" ".repeat(11))).as("still too short first")
			.contains(PasswordPolicy.Problem.TOO_SHORT);
	}

	@Test
	void oneCharacterRepeatedIsRefusedButSpacesAmongWordsAreNot() {
		assertThat(PasswordPolicy.problemWith("t".repeat(12))).contains(PasswordPolicy.Problem.ONE_CHARACTER_REPEATED);
		assertThat(PasswordPolicy.problemWith("🔑".repeat(12))).contains(PasswordPolicy.Problem.ONE_CHARACTER_REPEATED);
		assertThat(PasswordPolicy.problemWith("tttttttttttu")).isEmpty();
		assertThat(PasswordPolicy.problemWith("  twelve chars  ")).isEmpty();
	}

	@Test
	void eachProblemNamesItsMessageAndTheLimitTheMessageSays() {
		assertThat(PasswordPolicy.Problem.TOO_SHORT.messageCode()).isEqualTo("account.password.tooShort");
		assertThat(PasswordPolicy.Problem.TOO_SHORT.limit()).isEqualTo(12);
		assertThat(PasswordPolicy.Problem.TOO_LONG.messageCode()).isEqualTo("account.password.tooLong");
		assertThat(PasswordPolicy.Problem.TOO_LONG.limit()).isEqualTo(72);
		assertThat(PasswordPolicy.Problem.ONLY_SPACES.messageCodeForAccount()).isEqualTo("account.password.onlySpaces.for");
		assertThat(PasswordPolicy.Problem.ONE_CHARACTER_REPEATED.limit()).isNull();
	}

}
