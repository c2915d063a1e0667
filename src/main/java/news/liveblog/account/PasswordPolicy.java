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
		// Long enough by count, yet the first thing anyone guessing would try (a held-down key or the space bar).
		if (password.codePoints().allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			return Optional.of(Problem.ONLY_SPACES);
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of(Problem.ONE_CHARACTER_REPEATED);
		}
		return Optional.empty();
	}

	/** A password the policy refuses, with the message that says so and the limit the message names, if any. */
	public enum Problem {

		TOO_SHORT("account.password.tooShort", MIN_LENGTH), TOO_LONG("account.password.tooLong", MAX_BYTES),
		ONLY_SPACES("account.password.onlySpaces", null),
		ONE_CHARACTER_REPEATED("account.password.oneCharacterRepeated", null);

		private final String messageCode;

		private final Integer limit;

		Problem(String messageCode, Integer limit) {
			this.messageCode = messageCode;
			this.limit = limit;
		}

		public String messageCode() {
			return this.messageCode;
		}

		/**
		 * The same message naming the account, {1}: said above the list of accounts, away from the row
		 * whose password was refused.
		 */
		public String messageCodeForAccount() {
			return this.messageCode + ".for";
		}

		/** The message's argument {0}, or null when it names none. */
		public Integer limit() {
			return this.limit;
		}

	}

}
