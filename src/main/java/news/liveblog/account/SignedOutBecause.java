package news.liveblog.account;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Why the back office itself signed a session out (AccountSessions), kept in that session so that the editor's
 * next request can say it: an editor whose account an admin disabled while they wrote was told their session
 * had ended, signed in again and only then learnt that the account was disabled. The session no longer signs
 * anybody in; this is all it still holds of them.
 */
enum SignedOutBecause {

	ACCOUNT_DISABLED("disabled"), PASSWORD_RESET("passwordReset");

	/** The session attribute that says it, as this enum's name: a plain string in the stored session. */
	static final String ATTRIBUTE = "liveblog.signedOutBecause";

	/** The header a script's refused call says it in (composer.js, desk.js), as {@link #word()}. */
	static final String HEADER = "X-Signed-Out-Because";

	private final String word;

	SignedOutBecause(String word) {
		this.word = word;
	}

	/** How the scripts and the sign-in page name it. */
	String word() {
		return this.word;
	}

	/** What the request's session says, if it was signed out by the back office. */
	static Optional<SignedOutBecause> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return of((session != null) ? session.getAttribute(ATTRIBUTE) : null);
	}

	/** The reason the session attribute names, if it names one. */
	static Optional<SignedOutBecause> of(Object attribute) {
		return Arrays.stream(values()).filter((reason) -> reason.name().equals(attribute)).findFirst();
	}

	/** Signed in again: there is nothing left to say. */
	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}
