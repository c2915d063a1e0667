package news.liveblog.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.system.StartupRefusedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default credentials: while no account exists, the first admin is made from
 * {@code LIVEBLOG_ADMIN_USERNAME} and {@code LIVEBLOG_ADMIN_PASSWORD}, and only with a password of at least
 * {@value PasswordPolicy#MIN_LENGTH} characters. Once any account exists, both are ignored.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	FirstAdmin(Accounts accounts, @Value("${liveblog.admin.username:}") String username,
			@Value("${liveblog.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = Accounts.normalizeUsername(username);
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAny()) {
			return;
		}
		if (this.username.isEmpty() || this.password.isEmpty()) {
			logger.warn("No back-office account exists yet: set LIVEBLOG_ADMIN_USERNAME and LIVEBLOG_ADMIN_PASSWORD "
					+ "({}+ characters) and restart to create the first admin", PasswordPolicy.MIN_LENGTH);
			return;
		}
		PasswordPolicy.problemWith(this.password).ifPresent((problem) -> {
			throw switch (problem) {
				case TOO_SHORT -> new StartupRefusedException(
						"LIVEBLOG_ADMIN_PASSWORD is too short for the first admin account.",
						"Set LIVEBLOG_ADMIN_PASSWORD to at least " + problem.limit() + " characters.");
				case TOO_LONG -> new StartupRefusedException(
						"LIVEBLOG_ADMIN_PASSWORD is too long for the first admin account.",
						"Set LIVEBLOG_ADMIN_PASSWORD to at most " + problem.limit() + " bytes in UTF-8 ("
								+ problem.limit() + " plain letters, fewer with accents).");
				case ONLY_SPACES, ONE_CHARACTER_REPEATED -> new StartupRefusedException(
						"LIVEBLOG_ADMIN_PASSWORD is too easy to guess for the first admin account.",
						"Set LIVEBLOG_ADMIN_PASSWORD to words or a mix of characters, not only spaces or one character repeated.");
			};
		});
		if (!AccountRules.isValidUsername(this.username)) {
			throw new StartupRefusedException("LIVEBLOG_ADMIN_USERNAME is not a valid username.",
					"Set LIVEBLOG_ADMIN_USERNAME to " + AccountRules.USERNAME_RULE + ".");
		}
		try {
			this.accounts.create(new NewAccount(this.username, this.username, this.password, EditorRole.ADMIN),
					Actor.application("first admin from LIVEBLOG_ADMIN_USERNAME"));
			logger.info("Created the first admin account '{}' from LIVEBLOG_ADMIN_USERNAME", this.username);
		}
		catch (UsernameTakenException ex) {
			// Several instances starting together on an empty database (replicas behind a balancer) all saw no
			// account; one made it, and that is all that was wanted.
			logger.info("The first admin account '{}' was created by another instance", this.username);
		}
	}

}
