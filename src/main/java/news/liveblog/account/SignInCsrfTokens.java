package news.liveblog.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the back office keeps its CSRF token: in the session once there is one (a signed-in editor's), and
 * until then in a cookie of its own. The sign-in form needs a token, and keeping it in a session would store
 * a session for every stranger who opens the form (or a bot that posts to it), for half an hour each; a
 * cookie costs the server nothing. The cookie is HttpOnly and SameSite=Strict, and the form's copy of the
 * token is masked afresh on every page (Spring's default request handler), so it is the usual double-submit
 * check; what it guards is only the sign-in itself, which makes a new session (and token) anyway.
 */
final class SignInCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE_NAME = "SIGN-IN-CSRF";

	/** The same header name whichever repository holds the token, for any script that sends it. */
	private static final String HEADER_NAME = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SignInCsrfTokens() {
		this.sessions.setHeaderName(HEADER_NAME);
		this.cookies.setHeaderName(HEADER_NAME);
		this.cookies.setCookieName(COOKIE_NAME);
		this.cookies.setCookiePath(BackOfficeSecurity.ADMIN_PATH);
		this.cookies.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return hasSession(request) ? this.sessions.generateToken(request) : this.cookies.generateToken(request);
	}

	/**
	 * A new token goes into the cookie only with a page (a GET): a form posted without a session or token is
	 * refused whatever token it is given, and a script's call (the desk's heartbeat from a page whose session
	 * ended) that came back with a cookie of its own could replace the sign-in form's while that form loads,
	 * which then failed as "expired". Taking the token away (at sign-in and sign-out) is always written.
	 */
	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (hasSession(request)) {
			this.sessions.saveToken(token, request, response);
		}
		else if (token == null || HttpMethod.GET.matches(request.getMethod())) {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return hasSession(request) ? this.sessions.loadToken(request) : this.cookies.loadToken(request);
	}

	private static boolean hasSession(HttpServletRequest request) {
		return request.getSession(false) != null;
	}

}
