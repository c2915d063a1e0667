package news.liveblog.push;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import news.liveblog.push.PushSubscriptions.SubscriptionRequest;
import news.liveblog.push.SubscriptionRefused.Reason;
import news.liveblog.system.ClientAddress;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a live page's "Alert me of key events" button calls (static/js/push-alerts.js): the server's public
 * key to subscribe with, then the browser's subscription to keep, or to forget. JSON both ways; a refusal is
 * {@code {"message": ...}} in the blog's language, which the page shows as it is. No session and no CSRF
 * token: the reader has no account, and the security chain refuses what other sites' pages send
 * (SiteSecurity.readerContributions).
 */
@RestController
class PushSubscriptionController {

	static final String PATH = "/live/{slug}/push-subscriptions";

	private final PushSubscriptions subscriptions;

	private final ServerKeys keys;

	private final MessageSource messages;

	PushSubscriptionController(PushSubscriptions subscriptions, ServerKeys keys, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.messages = messages;
	}

	@GetMapping(path = PATH + "/key", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> publicKey(@PathVariable String slug) {
		this.subscriptions.liveBlog(slug);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("publicKey", this.keys.publicKey()));
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Boolean>> subscribe(@PathVariable String slug, @RequestBody SubscriptionRequest subscription,
			HttpServletRequest request) {
		boolean created = this.subscriptions.subscribe(slug, subscription, ClientAddress.of(request));
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("subscribed", true));
	}

	@PostMapping(PATH + "/remove")
	ResponseEntity<Void> unsubscribe(@PathVariable String slug, @RequestBody SubscriptionRequest subscription) {
		this.subscriptions.unsubscribe(slug, subscription);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(SubscriptionRefused.class)
	ResponseEntity<Map<String, String>> refused(SubscriptionRefused refused, HttpServletRequest request) {
		Locale language = (refused.language() != null) ? refused.language() : request.getLocale();
		ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.reason().status());
		if (refused.reason() == Reason.TOO_MANY) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(PushSubscriptions.SUBSCRIBE_WINDOW.toSeconds()));
		}
		return response
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("message", this.messages.getMessage(refused.reason().messageKey(), null, language)));
	}

	/**
	 * Not JSON, or not the shape of a subscription: said in the reader's language, as the request has it. (No
	 * {@code consumes} on the mappings: a form's post would then get a bare 415 before reaching this.)
	 */
	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Map<String, String>> notJson(HttpServletRequest request) {
		return refused(new SubscriptionRefused(Reason.NOT_JSON, null), request);
	}

}
