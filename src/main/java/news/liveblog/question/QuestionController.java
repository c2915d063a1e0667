package news.liveblog.question;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.system.ClientAddress;
import news.liveblog.system.NotFoundException;
import news.liveblog.system.PageLanguage;
import news.liveblog.system.PartnerFraming;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where a reader's question is sent, from the live page's form: without JavaScript (a form post, answered
 * with a redirect to the live page's thank-you notice, or the form again with what they wrote and why it was
 * refused) and with it ({@code Accept: application/json}: the message to show in place). Every answer is the
 * reader's own: never cached. The live page itself stays the same for everyone (the shared page cache).
 */
@Controller
class QuestionController {

	/**
	 * The honeypot's name: a field people never see, which form-filling bots fill. Not a name a password
	 * manager or a browser's autofill fills for a person (as "website" or "email" would be).
	 */
	static final String HONEYPOT = "company_fax";

	/** What the embed's form says in {@code from}: its answers go back into the frame. */
	static final String FROM_EMBED = "embed";

	private final LiveBlogs liveBlogs;

	private final ReaderQuestions questions;

	private final MessageSource messages;

	private final PartnerFraming partnerFraming;

	QuestionController(LiveBlogs liveBlogs, ReaderQuestions questions, MessageSource messages,
			PartnerFraming partnerFraming) {
		this.liveBlogs = liveBlogs;
		this.questions = questions;
		this.messages = messages;
		this.partnerFraming = partnerFraming;
	}

	@PostMapping(path = "/live/{slug}/questions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> askFromScript(@PathVariable String slug,
			@RequestParam(required = false) String text, @RequestParam(required = false) String askedBy,
			@RequestParam(required = false) String token, @RequestParam(name = HONEYPOT, required = false) String honeypot,
			HttpServletRequest request) {
		LiveBlog blog = blog(slug);
		Asked asked = this.questions.ask(blog, text, askedBy, token, honeypot, ClientAddress.of(request));
		return switch (asked) {
			case Asked.Taken taken -> ResponseEntity.accepted()
				.cacheControl(CacheControl.noStore())
				.body(Map.of("message", say(blog, "question.sent")));
			case Asked.Refused refused -> {
				var answer = ResponseEntity.status(refused.status()).cacheControl(CacheControl.noStore());
				if (refused.retryAfter() != null) {
					answer.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(refused)));
				}
				Map<String, String> body = new LinkedHashMap<>();
				body.put("message", say(blog, refused.reason()));
				if (refused.field() != null) {
					body.put("field", refused.field());
				}
				if (ReaderQuestions.FORM_TOO_OLD.equals(refused.reason())) {
					// The script fetches a fresh token and sends once more by itself, after Retry-After.
					body.put("retry", "fresh-token");
				}
				else if (ReaderQuestions.TOO_FAST.equals(refused.reason()) && refused.retryAfter() != null) {
					// Sent a moment after the form was opened (a question pasted in): once more after Retry-After.
					body.put("retry", "wait");
				}
				yield answer.body(body);
			}
		};
	}

	@PostMapping("/live/{slug}/questions")
	Object askFromForm(@PathVariable String slug, @RequestParam(required = false) String text,
			@RequestParam(required = false) String askedBy, @RequestParam(required = false) String token,
			@RequestParam(name = HONEYPOT, required = false) String honeypot,
			@RequestParam(required = false) String from, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LiveBlog blog = blog(slug);
		noStore(response);
		// Compared with the one value the embed's form sends, never used as an address.
		boolean fromEmbed = FROM_EMBED.equals(from);
		String back = "/live/" + blog.getSlug() + (fromEmbed ? "/embed" : "");
		Asked asked = this.questions.ask(blog, text, askedBy, token, honeypot, ClientAddress.of(request));
		if (asked instanceof Asked.Refused refused) {
			PageLanguage.use(request, blog.getLanguage());
			response.setStatus(refused.status());
			if (refused.retryAfter() != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(refused)));
			}
			if (fromEmbed) {
				// Shown in the partner's frame, as the embed is: framed on the same terms.
				this.partnerFraming.embedHeaders().forEach(response::setHeader);
				model.addAttribute("embedded", true);
			}
			model.addAttribute("blog", new AskPage(blog.getTitle(), back));
			// A fresh token: sending again is a new filling of the form, which takes a person longer anyway.
			model.addAttribute("questionForm", this.questions.formFor(blog)
				.orElse(new AskForm("/live/" + blog.getSlug() + "/questions", null, null)));
			model.addAttribute("typed", new Typed(text, askedBy, refused.reason(), refused.field()));
			return "question/ask";
		}
		// The thank-you is part of the (cached, shared) live page, shown only when its address is targeted.
		return SeeOther.to(back + "#question-sent");
	}

	/** A fresh "form shown at" time, which the page's script asks for when the reader starts on the form. */
	@GetMapping(path = "/live/{slug}/questions/form-token", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> formToken(@PathVariable String slug) {
		LiveBlog blog = blog(slug);
		return this.questions.formFor(blog)
			.map((form) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", form.token())))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
				.cacheControl(CacheControl.noStore())
				.body(Map.of("message", say(blog, "question.refused.closed"))));
	}

	private LiveBlog blog(String slug) {
		return this.liveBlogs.findPublic(slug).orElseThrow(() -> new NotFoundException("No live blog " + slug));
	}

	private String say(LiveBlog blog, String key) {
		Locale language = blog.getLanguage();
		return this.messages.getMessage(key, null, language);
	}

	private static long retryAfterSeconds(Asked.Refused refused) {
		// Rounded up: a reader told "1 s" who waits 0.4 s would be refused again.
		return Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/** The blog as the refused form's page names it. */
	record AskPage(String title, String url) {
	}

	/**
	 * What the reader wrote, given back whole with why it was refused.
	 *
	 * @param problem a message key
	 * @param field the field the problem is about, or {@code null}
	 */
	record Typed(String text, String askedBy, String problem, String field) {
	}

}
