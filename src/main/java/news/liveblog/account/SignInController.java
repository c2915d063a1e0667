package news.liveblog.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	@GetMapping(BackOfficeSecurity.LOGIN_PAGE)
	String signIn(@AuthenticationPrincipal SignedInEditor editor) {
		return (editor != null) ? "redirect:/admin" : "admin/login";
	}

}
