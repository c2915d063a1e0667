package news.liveblog.account;

/**
 * DEVELOPMENT ONLY: the way the demo accounts ({@code editor} / {@code editor}) are made, with passwords the
 * {@link PasswordPolicy} refuses. In the test sources, so that the packaged application has no way to it.
 */
public final class AccountsOutsidePasswordPolicy {

	private AccountsOutsidePasswordPolicy() {
	}

	public static Editor create(Accounts accounts, NewAccount account, Actor by) {
		return accounts.createOutsidePasswordPolicy(account, by);
	}

}
