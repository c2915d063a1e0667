package news.liveblog.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every back-office session of an account that is disabled or whose password is reset, on every
 * instance at once: sessions live in PostgreSQL, indexed by username.
 * <p>
 * Without this a disabled editor would stay signed in until their session expired, since a session keeps
 * the account as it was at sign-in. After a password reset the old password may be what leaked, so the
 * sessions it opened go too.
 */
@Component
class AccountSessions {

	private static final Logger logger = LoggerFactory.getLogger(AccountSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** After commit: an account change that rolled back ends nobody's session. */
	@TransactionalEventListener
	void on(AccountChanged event) {
		if (event.change() == AccountChanged.Change.DISABLED || event.change() == AccountChanged.Change.PASSWORD_RESET) {
			int ended = endAll(event.username());
			logger.info("Ended {} back-office session(s) of {} after {}", ended, event.username(), event.change());
		}
	}

	/** Ends every session signed in as that username; returns how many there were. */
	int endAll(String username) {
		var signedIn = this.sessions.findByPrincipalName(username).keySet();
		signedIn.forEach(this.sessions::deleteById);
		return signedIn.size();
	}

}
