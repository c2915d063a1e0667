package news.liveblog.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The back office's answers about the session itself: is it alive, and the page for admins only. */
@Controller
class BackOfficePagesController {

	/** The header that names the account whose session it is, by id (composer.js, session-ended.js). */
	static final String SIGNED_IN_AS = "X-Signed-In-As";

	/**
	 * Keeps an open composer's session alive while its editor works, and tells its script, before it sends
	 * a form, that the session still holds and which CSRF token the form must carry now (it changes when
	 * the editor signs in again in another tab), and whose session it is: signed in to another account in
	 * another tab, a page opened as the first must not send as the second (its text is the first's). A
	 * stranger gets a bare 401 ({@link SessionEndedEntryPoint}).
	 */
	@GetMapping(SessionEndedEntryPoint.KEEP_ALIVE)
	ResponseEntity<Void> session(HttpServletRequest request, @AuthenticationPrincipal SignedInEditor editor) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.set(token.getHeaderName(), token.getToken());
		}
		if (editor != null) {
			headers.set(SIGNED_IN_AS, Long.toString(editor.getEditorId()));
		}
		return ResponseEntity.noContent().headers(headers).build();
	}

	/** Any method: a form posted to an admin-only address is forwarded here as it came. */
	@RequestMapping(BackOfficeAccessDenied.FORBIDDEN_PAGE)
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "admin/forbidden";
	}

}
