package news.liveblog.audit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for admins (under {@code /admin/audit}), newest first, a page at a time. */
@Controller
class AuditController {

	private final AuditTrail auditTrail;

	AuditController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) Long before, Model model) {
		List<AuditEvent> events = this.auditTrail.page(before);
		model.addAttribute("events", events);
		model.addAttribute("olderThan",
				(events.size() == AuditTrail.PAGE_SIZE) ? events.getLast().getId() : null);
		return "admin/audit";
	}

}
