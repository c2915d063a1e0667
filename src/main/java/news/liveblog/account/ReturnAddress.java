package news.liveblog.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;

/**
 * The back-office page a stranger (or an editor whose session ended) asked for before being sent to sign
 * in, kept in a short-lived cookie rather than a session, so that asking costs the server nothing and
 * stores nothing. Only a path under {@code /admin} is kept and given back, never a host: after signing in
 * the editor is sent back there by a relative redirect, whatever Host header the request named.
 */
final class ReturnAddress implements RequestCache {

	static final String COOKIE_NAME = "SIGN-IN-RETURN-TO";

	private static final int MAX_AGE_SECONDS = 60 * 60;

	/** Longer addresses are not kept: nothing under /admin needs one, and a cookie has its limits. */
	private static final int MAX_LENGTH = 1_000;

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod())) {
			return;
		}
		String query = request.getQueryString();
		String path = request.getRequestURI().substring(request.getContextPath().length())
				+ ((query != null) ? "?" + query : "");
		// The scripts' calls (the composer's session check, the desk's polls, a live region's fragment) are no
		// page to come back to: signing in would land on an empty 204, on JSON or on a bare fragment.
		if (!isBackOfficePath(path) || path.length() > MAX_LENGTH || SessionEndedEntryPoint.isScriptCall(request)) {
			return;
		}
		write(request, response, Base64.getUrlEncoder().encodeToString(path.getBytes(StandardCharsets.UTF_8)),
				MAX_AGE_SECONDS);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = savedPath(request);
		return (path != null) ? new SimpleSavedRequest(request.getContextPath() + path) : null;
	}

	/** Given back by the success handler itself, not on the way: the request is never replayed. */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (WebUtils.getCookie(request, COOKIE_NAME) != null) {
			write(request, response, "", 0);
		}
	}

	/** The kept path (below the context path), if there is one and it is a back-office page. */
	static String savedPath(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE_NAME);
		if (cookie == null || cookie.getValue().length() > 2 * MAX_LENGTH) {
			return null;
		}
		try {
			String path = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return isBackOfficePath(path) ? path : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A path of this site's back office, not the sign-in page: one slash, no backslash (which browsers read
	 * as a slash: {@code /\evil.example}), nothing a header could be split on.
	 */
	static boolean isBackOfficePath(String path) {
		return (path.equals(BackOfficeSecurity.ADMIN_PATH) || path.startsWith(BackOfficeSecurity.ADMIN_PATH + "/")
				|| path.startsWith(BackOfficeSecurity.ADMIN_PATH + "?"))
				&& !path.startsWith(BackOfficeSecurity.LOGIN_PAGE) && !path.contains("//") && !path.contains("\\")
				&& path.chars().noneMatch((c) -> c < 0x21 || c == 0x7f);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE_NAME, value)
			.path(request.getContextPath() + BackOfficeSecurity.ADMIN_PATH)
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
