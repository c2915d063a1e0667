package news.liveblog.account;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
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
 * <p>
 * An account renamed or given another role stays signed in: its sessions go on as the account is now, so that
 * a reporter made an editor mid-event publishes from their next page on, and an editor made a contributor
 * publishes nothing more, without anyone signing in again.
 */
@Component
class AccountSessions {

	private static final Logger logger = LoggerFactory.getLogger(AccountSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final EditorRepository editors;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, EditorRepository editors) {
		this.sessions = sessions;
		this.editors = editors;
	}

	/** After commit: an account change that rolled back ends nobody's session. */
	@TransactionalEventListener
	void on(AccountChanged event) {
		switch (event.change()) {
			case DISABLED -> signOut(event, SignedOutBecause.ACCOUNT_DISABLED);
			case PASSWORD_RESET -> signOut(event, SignedOutBecause.PASSWORD_RESET);
			case RENAMED, MADE_CONTRIBUTOR, MADE_EDITOR, MADE_ADMIN -> this.editors.findById(event.editorId())
				.ifPresent((editor) -> logger.info("{} back-office session(s) of {} go on as {} ({})",
						signInAgainAll(this.sessions, editor), editor.getUsername(), editor.getRole(), event.change()));
			default -> {
				// nothing the sessions hold changed
			}
		}
	}

	private void signOut(AccountChanged event, SignedOutBecause because) {
		int ended = signOutAll(this.sessions, event.username(), because);
		logger.info("Signed out {} back-office session(s) of {} after {}", ended, event.username(), event.change());
	}

	/**
	 * Replaces the sign-in of every session signed in as the account with one of the account as it is now;
	 * returns how many there were.
	 */
	private static <S extends Session> int signInAgainAll(FindByIndexNameSessionRepository<S> sessions, Editor editor) {
		int refreshed = 0;
		for (S session : sessions.findByPrincipalName(editor.getUsername()).values()) {
			if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
					instanceof SecurityContext context && context.getAuthentication() != null) {
				SignedInEditor now = new SignedInEditor(editor);
				now.eraseCredentials();
				UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(now,
						null, now.getAuthorities());
				signedIn.setDetails(context.getAuthentication().getDetails());
				session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
						new SecurityContextImpl(signedIn));
				sessions.save(session);
				refreshed++;
			}
		}
		return refreshed;
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
