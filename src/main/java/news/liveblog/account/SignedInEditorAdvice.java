package news.liveblog.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every back-office page shows who is signed in and offers admins their menu. Only the back office's
 * controllers (account, backoffice, audit, question, webhook: all that render admin/ pages): resolving the
 * principal loads the session, which a public page or image asked with a back-office cookie must not (a session
 * SELECT and UPDATE each, and a public tab would keep an idle desk signed in past liveblog.desk.away-after).
 */
@ControllerAdvice(basePackages = { "news.liveblog.account", "news.liveblog.backoffice", "news.liveblog.audit",
		"news.liveblog.question", "news.liveblog.webhook" })
class SignedInEditorAdvice {

	@ModelAttribute("signedIn")
	SignedInEditor signedIn(@AuthenticationPrincipal SignedInEditor editor) {
		return editor;
	}

}
