package news.liveblog.dev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.account.Accounts;
import news.liveblog.account.AccountsOutsidePasswordPolicy;
import news.liveblog.account.Actor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.NewAccount;
import news.liveblog.account.UsernameTakenException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.annotation.Order;

/**
 * DEVELOPMENT ONLY: the demo accounts {@code editor} / {@code editor}, {@code admin} / {@code admin} and the
 * contributor {@code reporter} / {@code reporter}, for
 * the development run and the tests. They live with the test sources, so the packaged application never
 * has them; production's first admin comes from LIVEBLOG_ADMIN_USERNAME / LIVEBLOG_ADMIN_PASSWORD.
 */
@TestConfiguration(proxyBeanMethods = false)
@Order(0)
public class DemoAccounts implements ApplicationRunner {

	public static final String EDITOR = "editor";

	public static final String ADMIN = "admin";

	/** A reporter: writes and submits for review, publishes nothing. */
	public static final String REPORTER = "reporter";

	private static final Logger logger = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		createUnlessThere(new NewAccount(EDITOR, "Demo Editor", EDITOR, EditorRole.EDITOR));
		createUnlessThere(new NewAccount(ADMIN, "Demo Admin", ADMIN, EditorRole.ADMIN));
		createUnlessThere(new NewAccount(REPORTER, "Demo Reporter", REPORTER, EditorRole.CONTRIBUTOR));
		logger.warn("DEVELOPMENT ONLY demo accounts: editor / editor, admin / admin and reporter / reporter "
				+ "(a contributor) (sign in at /admin)");
	}

	private void createUnlessThere(NewAccount account) {
		if (this.accounts.findByUsername(account.username()).isPresent()) {
			return;
		}
		try {
			AccountsOutsidePasswordPolicy.create(this.accounts, account, Actor.application("development demo accounts"));
		}
		catch (UsernameTakenException ex) {
			// Another instance starting on the same database (the local cluster) made it a moment ago.
		}
	}

}
