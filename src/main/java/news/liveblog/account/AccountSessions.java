package news.liveblog.account;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Signs out every back-office session of an account that is disabled or whose password is reset, on every
 * instance at once: sessions live in PostgreSQL, indexed by username.
 * <p>
 * Without this a disabled editor would stay signed in until their session expired, since a session keeps
 * the account as it was at sign-in. After a password reset the old password may be what leaked, so the
 * sessions it opened are signed out too. Each session loses its sign-in and keeps only why
 * ({@link SignedOutBecause}): the editor's next request, a script's or a page's, is told that an admin disabled
 * the account or reset the password, not that the session ran out.
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
		SignedOutBecause because = switch (event.change()) {
			case DISABLED -> SignedOutBecause.ACCOUNT_DISABLED;
			case PASSWORD_RESET -> SignedOutBecause.PASSWORD_RESET;
			default -> null;
		};
		if (because != null) {
			int ended = signOutAll(this.sessions, event.username(), because);
			logger.info("Signed out {} back-office session(s) of {} after {}", ended, event.username(), event.change());
		}
	}

	/** Signs out every session signed in as that username, saying why; returns how many there were. */
	private static <S extends Session> int signOutAll(FindByIndexNameSessionRepository<S> sessions, String username,
			SignedOutBecause because) {
		Collection<S> signedIn = sessions.findByPrincipalName(username).values();
		for (S session : signedIn) {
			session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			session.setAttribute(SignedOutBecause.ATTRIBUTE, because.name());
			sessions.save(session);
		}
		return signedIn.size();
	}

}
