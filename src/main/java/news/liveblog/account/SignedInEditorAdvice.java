package news.liveblog.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every back-office page shows who is signed in and offers admins their menu. */
@ControllerAdvice
class SignedInEditorAdvice {

	@ModelAttribute("signedIn")
	SignedInEditor signedIn(@AuthenticationPrincipal SignedInEditor editor) {
		return editor;
	}

}
