package news.liveblog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The composer's form as an editor fills it in and sends it with one of its buttons ({@code action}): a new
 * entry (with a submission token of its own, as each page of the form has) or a correction. Only the fields
 * given are sent, as a browser leaves out what a form does not have. From {@link BackOffice#newEntry} and
 * {@link BackOffice#correction}.
 */
public final class ComposerForm {

	private final MockMvcTester mvc;

	private final String uri;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private RequestPostProcessor as;

	ComposerForm(MockMvcTester mvc, String uri, RequestPostProcessor as) {
		this.mvc = mvc;
		this.uri = uri;
		this.as = as;
	}

	ComposerForm newSubmission() {
		return token(UUID.randomUUID());
	}

	/** Sent by that account instead. */
	public ComposerForm as(RequestPostProcessor editor) {
		this.as = editor;
		return this;
	}

	/** The headline; {@code null} sends none. */
	public ComposerForm headline(String headline) {
		return field("headline", headline);
	}

	public ComposerForm body(String body) {
		return field("body", body);
	}

	/** The form's submission token: the same token twice is the same form sent twice. */
	public ComposerForm token(UUID token) {
		return field("submissionToken", token.toString());
	}

	/** A field by its name; {@code null} sends none. */
	public ComposerForm field(String name, String value) {
		if (value == null) {
			this.fields.remove(name);
		}
		else {
			this.fields.put(name, value);
		}
		return this;
	}

	/** These fields, as a browser sends what a page's form holds. */
	public ComposerForm fields(Map<String, String> fields) {
		fields.forEach(this::field);
		return this;
	}

	/** The form sent with the button of that action: publish, draft, schedule, preview or save. */
	public MvcTestResult send(String action) {
		MockMvcRequestBuilder request = this.mvc.post().uri(this.uri).with(this.as).with(csrf());
		this.fields.forEach(request::param);
		return request.param("action", action).exchange();
	}

	/** Published, and its id (see {@link BackOffice#doneEntryId}). */
	public long publish() {
		return BackOffice.doneEntryId(send("publish"));
	}

}
