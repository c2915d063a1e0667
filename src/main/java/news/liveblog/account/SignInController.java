package news.liveblog.account;

import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

@Controller
class SignInController {

	/** The reasons a failed sign-in can give (SignInFailureHandler, SignInGate); any other reads as a wrong password. */
	private static final Set<String> ERRORS = Set.of("badCredentials", "disabled", "wait", "tooMany", "busy");

	@GetMapping(BackOfficeSecurity.LOGIN_PAGE)
	String signIn(@AuthenticationPrincipal SignedInEditor editor, @RequestParam(required = false) String error,
			@SessionAttribute(name = SignedOutBecause.ATTRIBUTE, required = false) String signedOutBecause,
			@RequestParam(required = false) String seconds,
			@CookieValue(name = SignInFailureHandler.USERNAME_COOKIE, required = false) String username, Model model) {
		if (editor != null) {
			return "redirect:" + BackOfficeSecurity.ADMIN_PATH;
		}
		// An admin signed this browser's session out: said instead of "your session had ended".
		SignedOutBecause.of(signedOutBecause).ifPresent((because) -> model.addAttribute("signedOutBecause", because.word()));
		if (error != null) {
			String reason = ERRORS.contains(error) ? error : "badCredentials";
			long wait = waitSeconds(seconds);
			if ((reason.equals("wait") || reason.equals("tooMany")) && wait == 0) {
				reason = "busy";
			}
			model.addAttribute("signInError", reason);
			model.addAttribute("seconds", wait);
			model.addAttribute("minutes", (wait + 59) / 60);
			if (AccountRules.isValidUsername(username)) {
				model.addAttribute("username", username);
			}
		}
		return "admin/login";
	}

	/** The wait the address names, if it is a plausible one: it is typed into a message, nothing else. */
	private static long waitSeconds(String seconds) {
		if (seconds == null || !seconds.matches("[0-9]{1,6}")) {
			return 0;
		}
		return Long.parseLong(seconds);
	}

}
