package news.liveblog.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for admins (under {@code /admin/audit}), newest first, a page at a time, filtered by blog,
 * account, kind of action and days. The filters are a GET form: a filtered page is an address to share.
 */
@Controller
class AuditController {

	private final AuditTrail auditTrail;

	AuditController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) Long before, @RequestParam(required = false) Long blog,
			@RequestParam(required = false) String account, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		AuditFilter filter = new AuditFilter(blog, account, action, from, to);
		AuditTrail.Page page = this.auditTrail.search(filter, before);
		model.addAttribute("events", page.rows());
		model.addAttribute("olderHref", (page.olderThan() != null) ? address(filter, page.olderThan()) : null);
		model.addAttribute("newestHref", (before != null) ? address(filter, null) : null);
		model.addAttribute("filter", filter);
		model.addAttribute("paged", before != null);
		model.addAttribute("zone", this.auditTrail.zone().getId());
		AuditFilterChoices choices = this.auditTrail.filterChoices();
		model.addAttribute("blogs", choices.blogs());
		model.addAttribute("accounts", choices.accounts());
		model.addAttribute("applicationActor", AuditFilter.APPLICATION);
		model.addAttribute("actionKinds", choices.actionKinds());
		return "admin/audit";
	}

	/** This filter's page after the given event: only the filters in use, so the address stays readable. */
	private static String address(AuditFilter filter, Long before) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/admin/audit");
		add(address, "blog", filter.blogId());
		add(address, "account", filter.account());
		add(address, "action", filter.action());
		add(address, "from", filter.from());
		add(address, "to", filter.to());
		add(address, "before", before);
		return address.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder address, String name, Object value) {
		if (value != null) {
			address.queryParam(name, value);
		}
	}

}
