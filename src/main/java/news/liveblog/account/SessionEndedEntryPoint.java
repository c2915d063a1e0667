package news.liveblog.account;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.system.PhotoUploadAddress;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a back-office request without a signed-in editor is sent: to sign in, and afterwards back to the
 * page it came from. A form sent after the session ended (it timed out, the editor signed out in another
 * tab, an admin disabled the account or reset the password) is no error: the sign-in page says the session ended, and signing in
 * leads back to the page the form belongs to (the composer, the correction form), where the composer's
 * script gives back the text it kept in the browser. The session check of that script gets a bare 401, and
 * so do a page's event stream (an EventSource stops at a 401, where it would follow a redirect) and any call
 * that says it is a script's (X-Requested-With), such as a live region's fragment.
 */
final class SessionEndedEntryPoint implements AuthenticationEntryPoint {

	static final String KEEP_ALIVE = "/admin/session";

	/** The desk's addresses (module desk): its change stream, presence and readers now. */
	static final String DESK = "/admin/desk";

	/** What the desk's scripts call besides its stream: heartbeats, goodbyes, polls. Never a page. */
	private static final List<String> DESK_SCRIPT_CALLS = List.of(DESK + "/presence", DESK + "/readers");

	/** The header the back office's scripts send with every call of theirs, as most scripts do. */
	static final String SCRIPT_CALL_HEADER = "X-Requested-With";

	static final String SCRIPT_CALL_VALUE = "XMLHttpRequest";

	/** Tells the composer's script that this page is opened again to finish sending what it kept. */
	static final String RESUME = "resume";

	/** The sign-in page when the editor had been signed in: says so, and that what was typed comes back. */
	static final String SESSION_ENDED = BackOfficeSecurity.LOGIN_PAGE + "?expired";

	private static final Pattern COMPOSER_FORM = Pattern
		.compile("/admin/live/([^/]+)/entries(?:/(\\d+)(/pin|/unpin|/retract)?)?");

	private final RequestCache requestCache;

	SessionEndedEntryPoint(RequestCache requestCache) {
		this.requestCache = requestCache;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		Optional<SignedOutBecause> because = SignedOutBecause.of(request);
		if (isScriptCall(request)) {
			because.ifPresent((reason) -> response.setHeader(SignedOutBecause.HEADER, reason.word()));
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		if (isFormSent(request)) {
			sessionEnded(request, response);
			return;
		}
		// A page asked for (the request cache has kept it): say the session ended when the browser still
		// held one, when an admin signed it out, or when the composer's script sends the editor here for that
		// reason.
		boolean ended = request.getParameter(RESUME) != null || because.isPresent()
				|| (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
		response.sendRedirect(request.getContextPath() + (ended ? SESSION_ENDED : BackOfficeSecurity.LOGIN_PAGE));
	}

	/**
	 * A form sent without a live session: the page it belongs to is what signing in leads back to (the form's
	 * own fields are not kept on the server: the composer's script has them in the browser).
	 */
	void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.requestCache.saveRequest(new PageOfForm(request, pageOf(request)), response);
		response.sendRedirect(request.getContextPath() + SESSION_ENDED);
	}

	/**
	 * A request of the back office's scripts, not of a person (the composer's session check, a page's event
	 * stream, the desk's heartbeats and polls): refused with a bare status they understand, never sent through
	 * signing in, which would also make it the page to come back to afterwards.
	 */
	static boolean isScriptCall(HttpServletRequest request) {
		return isScriptAddress(path(request)) || isEventStream(request) || saysItIsAScript(request);
	}

	/**
	 * A request that says it is a script's (desk.js's fragments, presence.js's calls): a live region must never
	 * get the sign-in page's HTML to put in its place, nor become the page to come back to.
	 */
	static boolean saysItIsAScript(HttpServletRequest request) {
		return SCRIPT_CALL_VALUE.equals(request.getHeader(SCRIPT_CALL_HEADER));
	}

	/** An address only the back office's scripts call, whatever the request asks for. */
	static boolean isScriptAddress(String path) {
		return KEEP_ALIVE.equals(path) || PhotoUploadAddress.PATH.equals(path) || DESK_SCRIPT_CALLS.stream()
			.anyMatch((call) -> path.equals(call) || path.startsWith(call + "/"));
	}

	private static boolean isEventStream(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
	}

	static boolean isFormSent(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
	}

	/** The page a back-office form was sent from: its composer or correction page, else the dashboard. */
	static String pageOf(HttpServletRequest request) {
		Matcher composer = COMPOSER_FORM.matcher(path(request));
		if (!composer.matches()) {
			return "/admin";
		}
		String blog = "/admin/live/" + composer.group(1);
		boolean correction = composer.group(2) != null && composer.group(3) == null;
		return correction ? blog + "/entries/" + composer.group(2) + "/edit" : blog;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The GET of a form's page, as the request cache keeps it: none of the form's fields. */
	private static final class PageOfForm extends HttpServletRequestWrapper {

		private final String page;

		PageOfForm(HttpServletRequest request, String page) {
			super(request);
			this.page = page;
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.page;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if (!(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
				url.append(':').append(port);
			}
			return url.append(getRequestURI());
		}

		@Override
		public String getServletPath() {
			return this.page;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return RESUME;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

	}

}
