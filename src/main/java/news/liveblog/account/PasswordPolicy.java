package news.liveblog.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be to be given to an account: {@link Accounts} refuses any other, and the forms, the
 * first admin's start-up check and the pages' hints and messages take their limits from here.
 */
public final class PasswordPolicy {

	/** The shortest password an account may be given. */
	public static final int MIN_LENGTH = 12;

	/**
	 * The longest password bcrypt can hash, in UTF-8 bytes: 72 plain letters, fewer with accents or emoji.
	 * Longer ones are refused with a message rather than cut short silently (bcrypt would ignore the rest).
	 */
	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Why the password may not be used, or empty when it may. */
	public static Optional<Problem> problemWith(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Problem.TOO_LONG);
		}
		return Optional.empty();
	}

	/** A password the policy refuses, with the message that says so and the limit the message names. */
	public enum Problem {

		TOO_SHORT, TOO_LONG;

		public String messageCode() {
			return (this == TOO_SHORT) ? "account.password.tooShort" : "account.password.tooLong";
		}

		/** The message's argument. */
		public int limit() {
			return (this == TOO_SHORT) ? MIN_LENGTH : MAX_BYTES;
		}

	}

}
