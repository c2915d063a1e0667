package news.liveblog.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import news.liveblog.account.Actor;
import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.system.LogTime;
import news.liveblog.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A blog's webhook endpoints in the back office (under {@code /admin/blogs}, admins only): add one (its secret
 * shown once, on the page after), give it a new secret, pause, resume, delete, send a test event, read its
 * delivery log.
 */
@Controller
class WebhookAdminController {

	private static final String BASE = "/admin/blogs/{blogId}/webhooks";


	private final Webhooks webhooks;

	private final LiveBlogs liveBlogs;

	private final MessageSource messages;

	WebhookAdminController(Webhooks webhooks, LiveBlogs liveBlogs, MessageSource messages) {
		this.webhooks = webhooks;
		this.liveBlogs = liveBlogs;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String list(@PathVariable long blogId, Model model, Locale locale) {
		model.addAttribute("form", new WebhookForm());
		return listing(blog(blogId), model, locale);
	}

	@PostMapping(BASE)
	String add(@PathVariable long blogId, @Valid @ModelAttribute("form") WebhookForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInEditor admin, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		LiveBlog blog = blog(blogId);
		if (!errors.hasFieldErrors("url")) {
			this.webhooks.refusal(form.getUrl()).ifPresent((code) -> errors.rejectValue("url", code));
		}
		if (!errors.hasErrors()) {
			try {
				Webhooks.NewSecret added = this.webhooks.add(blog, form.getUrl(), form.getDescription(),
						admin.asActor());
				return showSecret(blogId, added, "webhooks.done.added", redirect);
			}
			catch (Webhooks.EndpointTakenException ex) {
				errors.rejectValue("url", "webhooks.url.taken");
			}
		}
		// What the admin typed comes back beside the reason.
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return listing(blog, model, locale);
	}

	/**
	 * The secret just given, told this once: it comes as a flash attribute, so a reload, the back button or
	 * another admin opening the address finds only the list.
	 */
	@GetMapping(BASE + "/{endpointId}/secret")
	String secret(@PathVariable long blogId, @PathVariable long endpointId, Model model, Locale locale,
			HttpServletResponse response) {
		LiveBlog blog = blog(blogId);
		WebhookEndpoint endpoint = endpoint(blog, endpointId);
		if (!model.containsAttribute("secret")) {
			return "redirect:/admin/blogs/" + blogId + "/webhooks";
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("blog", blog);
		model.addAttribute("endpoint", view(blog, endpoint, locale));
		return "admin/webhook-secret";
	}

	@PostMapping(BASE + "/{endpointId}/secret")
	String rotate(@PathVariable long blogId, @PathVariable long endpointId,
			@AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		blog(blogId);
		Webhooks.NewSecret rotated = this.webhooks.rotate(blogId, endpointId, admin.asActor())
			.orElseThrow(() -> new NotFoundException("No webhook " + endpointId));
		return showSecret(blogId, rotated, "webhooks.done.rotated", redirect);
	}

	@PostMapping(BASE + "/{endpointId}/pause")
	String pause(@PathVariable long blogId, @PathVariable long endpointId,
			@AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		return change(blogId, endpointId, this.webhooks::pause, admin, "webhooks.done.paused", redirect);
	}

	@PostMapping(BASE + "/{endpointId}/resume")
	String resume(@PathVariable long blogId, @PathVariable long endpointId,
			@AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		return change(blogId, endpointId, this.webhooks::resume, admin, "webhooks.done.resumed", redirect);
	}

	@PostMapping(BASE + "/{endpointId}/test")
	String test(@PathVariable long blogId, @PathVariable long endpointId, RedirectAttributes redirect) {
		LiveBlog blog = blog(blogId);
		endpoint(blog, endpointId);
		this.webhooks.sendTest(blog, endpointId);
		redirect.addFlashAttribute("done", "webhooks.done.testQueued");
		return "redirect:/admin/blogs/" + blogId + "/webhooks/" + endpointId + "/deliveries";
	}

	/** Asks before deleting: the pending deliveries go with it, and the receiver hears nothing more. */
	@GetMapping(BASE + "/{endpointId}/delete")
	String confirmDelete(@PathVariable long blogId, @PathVariable long endpointId, Model model, Locale locale) {
		LiveBlog blog = blog(blogId);
		model.addAttribute("blog", blog);
		model.addAttribute("endpoint", view(blog, endpoint(blog, endpointId), locale));
		return "admin/webhook-delete";
	}

	@PostMapping(BASE + "/{endpointId}/delete")
	String delete(@PathVariable long blogId, @PathVariable long endpointId,
			@AuthenticationPrincipal SignedInEditor admin, RedirectAttributes redirect) {
		return change(blogId, endpointId, this.webhooks::delete, admin, "webhooks.done.deleted", redirect);
	}

	@GetMapping(BASE + "/{endpointId}/deliveries")
	String deliveries(@PathVariable long blogId, @PathVariable long endpointId,
			@RequestParam(name = "before", required = false) Long before, Model model, Locale locale) {
		LiveBlog blog = blog(blogId);
		WebhookEndpoint endpoint = endpoint(blog, endpointId);
		List<WebhookDelivery> page = this.webhooks.log(endpointId, before, Webhooks.LOG_PAGE_SIZE + 1);
		boolean more = page.size() > Webhooks.LOG_PAGE_SIZE;
		List<WebhookDelivery> shown = more ? page.subList(0, Webhooks.LOG_PAGE_SIZE) : page;
		model.addAttribute("blog", blog);
		model.addAttribute("endpoint", view(blog, endpoint, locale));
		model.addAttribute("deliveries", shown.stream().map((delivery) -> line(blog, delivery, locale)).toList());
		model.addAttribute("olderThan", more ? shown.getLast().id() : null);
		model.addAttribute("first", before == null);
		return "admin/webhook-log";
	}

	/** What pausing, resuming and deleting share: an endpoint of that blog, changed, and back to the list. */
	private String change(long blogId, long endpointId, EndpointChange change, SignedInEditor admin, String done,
			RedirectAttributes redirect) {
		endpoint(blog(blogId), endpointId);
		change.apply(blogId, endpointId, admin.asActor());
		redirect.addFlashAttribute("done", done);
		return "redirect:/admin/blogs/" + blogId + "/webhooks";
	}

	@FunctionalInterface
	private interface EndpointChange {

		boolean apply(long liveBlogId, long endpointId, Actor by);

	}

	private String showSecret(long blogId, Webhooks.NewSecret given, String done, RedirectAttributes redirect) {
		redirect.addFlashAttribute("secret", given.secret());
		redirect.addFlashAttribute("done", done);
		return "redirect:/admin/blogs/" + blogId + "/webhooks/" + given.endpointId() + "/secret";
	}

	private String listing(LiveBlog blog, Model model, Locale locale) {
		model.addAttribute("blog", blog);
		model.addAttribute("endpoints",
				this.webhooks.endpoints(blog.getId()).stream().map((endpoint) -> view(blog, endpoint, locale)).toList());
		return "admin/webhooks";
	}

	/** An endpoint as the pages print it, its times in the blog's zone. */
	record EndpointView(long id, String url, String description, boolean paused, String pausedAt,
			String pauseAnswer, String failingSince, String createdBy, String createdAt, String lastDeliveredAt,
			int pending) {
	}

	/** A line of the delivery log as the page prints it. */
	record DeliveryLine(long id, String messageId, String createdAt, String type, Long change, String state,
			int attempts, Integer statusCode, String error, String lastAttemptAt, String nextAttemptAt) {
	}

	private EndpointView view(LiveBlog blog, WebhookEndpoint endpoint, Locale locale) {
		return new EndpointView(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.paused(),
				time(blog, endpoint.pausedAt()), answer(endpoint.pauseNote(), locale), time(blog, endpoint.failingSince()),
				endpoint.createdBy(), time(blog, endpoint.createdAt()), time(blog, endpoint.lastDeliveredAt()),
				endpoint.pending());
	}

	private DeliveryLine line(LiveBlog blog, WebhookDelivery delivery, Locale locale) {
		String state = delivery.delivered() ? "delivered" : (delivery.attempts() > 0) ? "retrying" : "waiting";
		return new DeliveryLine(delivery.id(), delivery.messageId(), time(blog, delivery.createdAt()), delivery.type(),
				delivery.change(), state, delivery.attempts(), delivery.lastStatusCode(),
				(delivery.error() != null) ? error(delivery.error(), locale) : null, time(blog, delivery.lastAttemptAt()),
				delivery.delivered() ? null : time(blog, delivery.nextAttemptAt()));
	}

	/** "HTTP 503" as it is; an error's code in the admin's words. */
	private String answer(String note, Locale locale) {
		if (note == null || note.startsWith("HTTP ")) {
			return note;
		}
		return error(note, locale);
	}

	private String error(String code, Locale locale) {
		return this.messages.getMessage("webhooks.error." + code, null, code, locale);
	}

	private static String time(LiveBlog blog, Instant instant) {
		return (instant != null) ? LogTime.in(blog.getTimeZone()).format(instant) : null;
	}

	private LiveBlog blog(long blogId) {
		return this.liveBlogs.find(blogId).orElseThrow(() -> new NotFoundException("No live blog " + blogId));
	}

	private WebhookEndpoint endpoint(LiveBlog blog, long endpointId) {
		return this.webhooks.endpoint(blog.getId(), endpointId)
			.orElseThrow(() -> new NotFoundException("No webhook " + endpointId));
	}

}
