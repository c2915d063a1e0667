package news.liveblog.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What the back office answers when it refuses a request. A form whose CSRF token no longer matches is an
 * editor's form grown stale, not an attack to answer with an error page: without a live session it goes
 * through signing in back to its page ({@link SessionEndedEntryPoint}); with one (the editor signed in
 * again in another tab) back to its page with a word that nothing was sent. A signed-in editor asking for
 * what only admins do gets the back office's own 403 page.
 */
final class BackOfficeAccessDenied implements AccessDeniedHandler {

	static final String FORBIDDEN_PAGE = "/admin/forbidden";

	private final SessionEndedEntryPoint sessionEnded;

	private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	BackOfficeAccessDenied(SessionEndedEntryPoint sessionEnded) {
		this.sessionEnded = sessionEnded;
		this.forbidden.setErrorPage(FORBIDDEN_PAGE);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException)) {
			this.forbidden.handle(request, response, denied);
			return;
		}
		if (SessionEndedEntryPoint.isScriptCall(request)) {
			// A heartbeat with a stale token: refused, with no word left for the editor's next page.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean signedIn = this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
		if (path.equals(BackOfficeSecurity.LOGIN_PAGE)) {
			// The sign-in page was left open longer than its own short session.
			response.sendRedirect(request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE + "?again");
		}
		else if (!signedIn && path.equals(BackOfficeSecurity.LOGOUT)) {
			response.sendRedirect(request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE + "?signedOut");
		}
		else if (!signedIn) {
			this.sessionEnded.sessionEnded(request, response);
		}
		else {
			String page = SessionEndedEntryPoint.pageOf(request);
			FlashMap flash = new FlashMap();
			flash.setTargetRequestPath(request.getContextPath() + page);
			flash.put("problem", "session.formExpired");
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + page + "?" + SessionEndedEntryPoint.RESUME);
		}
	}

}
