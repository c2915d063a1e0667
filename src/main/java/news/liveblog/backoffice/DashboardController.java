package news.liveblog.backoffice;

import java.time.Clock;
import java.util.Locale;

import news.liveblog.account.SignedInEditor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's front page: every blog, with its status, published entries and last update. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final Clock clock;

	DashboardController(Dashboard dashboard, Clock clock) {
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model, Locale locale, @AuthenticationPrincipal SignedInEditor editor) {
		model.addAttribute("blogs", this.dashboard.rows(this.clock.instant(), locale, editor));
		return "admin/dashboard";
	}

	/** The table alone: the live region the page refreshes when a blog changes. */
	@GetMapping(path = "/admin", params = "fragment=blogs")
	String blogs(Model model, Locale locale, @AuthenticationPrincipal SignedInEditor editor) {
		dashboard(model, locale, editor);
		return "admin/dashboard :: blogs";
	}

}
