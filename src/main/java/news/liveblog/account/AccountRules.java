package news.liveblog.account;

import java.util.regex.Pattern;

/** What makes a username valid; the database checks the same pattern. */
public final class AccountRules {

	public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,49}";

	static final String USERNAME_RULE = "1 to 50 lower-case letters, digits, dots, hyphens or underscores, "
			+ "starting with a letter or digit";

	private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

	private AccountRules() {
	}

	public static boolean isValidUsername(String username) {
		return username != null && USERNAME.matcher(username).matches();
	}

}
