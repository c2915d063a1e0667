package news.liveblog.account;

import java.util.List;
import java.util.Set;

/**
 * An account as the accounts page lists it.
 *
 * @param signInsSlowed whether some address must wait now to sign into it, or it lost its free attempts
 * @param version the account's version, which its row's form sends back
 */
record AccountRow(long id, String username, String displayName, EditorRole role, boolean enabled,
		boolean signInsSlowed, long version) {

	static List<AccountRow> of(List<Editor> accounts, Set<String> slowedUsernames) {
		return accounts.stream()
			.map((account) -> new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(),
					account.getRole(), account.isEnabled(), slowedUsernames.contains(account.getUsername()),
					account.getVersion()))
			.toList();
	}

}
