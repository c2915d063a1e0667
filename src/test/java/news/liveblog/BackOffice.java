package news.liveblog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import news.liveblog.account.Accounts;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.dev.DemoAccounts;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The back office and the public pages through MockMvc, as a signed-in editor or admin uses them: the
 * composer's forms, any other form (with its CSRF token), a page read as a browser would, and the page a
 * redirect leads to with its flash message. A bean of {@link ApplicationTest} contexts; what the tests set up
 * through the services is {@link Newsroom}'s.
 */
public class BackOffice {

	/** What a test's own accounts ({@link #newEditor()}) sign in with. */
	public static final String PASSWORD = "a long enough password";

	private final MockMvcTester mvc;

	private final Accounts accounts;

	BackOffice(MockMvcTester mvc, Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	// Who

	/** The demo editor, signed in. */
	public RequestPostProcessor asEditor() {
		return as(DemoAccounts.EDITOR);
	}

	/** The demo admin, signed in: every form of the back office is open to them. */
	public RequestPostProcessor asAdmin() {
		return as(DemoAccounts.ADMIN);
	}

	public RequestPostProcessor as(Editor editor) {
		return as(editor.getUsername());
	}

	public RequestPostProcessor as(String username) {
		return SignedIn.as(this.accounts, username);
	}

	/** An editor's account of the test's own (never one of the demo accounts). */
	public Editor newEditor() {
		return SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
	}

	// The composer

	/** The composer's form for a new entry of that blog, sent by the demo editor unless said otherwise. */
	public ComposerForm newEntry(LiveBlog blog) {
		return new ComposerForm(this.mvc, "/admin/live/" + blog.getSlug() + "/entries", asEditor()).newSubmission();
	}

	/** The form correcting that entry, sent by the demo editor unless said otherwise. */
	public ComposerForm correction(LiveBlog blog, long entryId) {
		return new ComposerForm(this.mvc, entryAddress(blog, entryId), asEditor());
	}

	/** The composer's button retracting that entry, with the reason given. */
	public MvcTestResult retract(LiveBlog blog, long entryId, String reason, RequestPostProcessor as) {
		return post(entryAddress(blog, entryId) + "/retract", as, Map.of("reason", reason));
	}

	/** The composer's button pinning that entry, as the composer drawn now sends it (with the pin it replaces). */
	public MvcTestResult pin(LiveBlog blog, long entryId, RequestPostProcessor as) {
		return pin(blog, entryId, page("/admin/live/" + blog.getSlug(), as), as);
	}

	/**
	 * The Pin button of that entry on a page drawn earlier (the composer, the entry list), with what its form
	 * holds; no fields at all when the page has no such button (a draft's).
	 */
	public MvcTestResult pin(LiveBlog blog, long entryId, Document drawn, RequestPostProcessor as) {
		Map<String, String> fields = new LinkedHashMap<>();
		Element form = drawn.selectFirst("#admin-entry-" + entryId + " form[action*=/pin]");
		if (form != null) {
			form.select("input[type=hidden]:not([name=_csrf])").forEach((input) -> fields.put(input.attr("name"), input.val()));
		}
		return post(entryAddress(blog, entryId) + "/pin", as, fields);
	}

	/** An entry's correction page, as that editor opens it. */
	public Document editPage(LiveBlog blog, long entryId, RequestPostProcessor as) {
		return page(entryAddress(blog, entryId) + "/edit", as);
	}

	private static String entryAddress(LiveBlog blog, long entryId) {
		return "/admin/live/" + blog.getSlug() + "/entries/" + entryId;
	}

	/** The id of the entry a successful composer post made or saved, which it hands to the next page. */
	public static long doneEntryId(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return (Long) result.getMvcResult().getFlashMap().get("doneEntryId");
	}

	// A blog's settings

	/**
	 * The fields of a blog's settings form in English, as an admin fills it in; a changeable map, so that a test
	 * adds what else it sends (the version it saves over, the coverage times).
	 */
	public static Map<String, String> blogSettingsForm(String slug, String title, String summary, String timeZone,
			String status) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("slug", slug);
		form.put("title", title);
		form.put("summary", summary);
		form.put("language", "en");
		form.put("timeZone", timeZone);
		form.put("status", status);
		return form;
	}

	/** A blog's settings page, as the demo admin opens it. */
	public Document settingsPage(String slug) {
		return page("/admin/blogs/" + slug + "/edit", asAdmin());
	}

	// Any page, any form

	/** A form of the back office, sent with its CSRF token as a browser sends it. */
	public MvcTestResult post(String uri, RequestPostProcessor as, Map<String, String> fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(as).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	/** The answer to a GET, as a reader (not signed in) asks. */
	public MvcTestResult get(String uri) {
		return get(uri, null);
	}

	/** The answer to a GET, as that account (or a reader, if {@code null}) asks. */
	public MvcTestResult get(String uri, RequestPostProcessor as) {
		MockMvcRequestBuilder request = this.mvc.get().uri(uri);
		if (as != null) {
			request.with(as);
		}
		return request.exchange();
	}

	/** A page that must answer 200, as that account (or a reader, if {@code null}) reads it. */
	public Document page(String uri, RequestPostProcessor as) {
		MvcTestResult result = get(uri, as);
		assertThat(result).as(uri).hasStatusOk();
		return Pages.parse(result);
	}

	/** A page that must answer 200, asked for in that language (an {@code Accept-Language}) as that account. */
	public Document page(String uri, RequestPostProcessor as, String language) {
		MvcTestResult result = this.mvc.get().uri(uri).header("Accept-Language", language).with(as).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return Pages.parse(result);
	}

	/** The blog's public page, as a reader reads it. */
	public Document publicFeed(LiveBlog blog) {
		return page("/live/" + blog.getSlug(), null);
	}

	/** The page a redirect leads to, which must answer 200, with the flash attributes a browser carries there. */
	public Document follow(MvcTestResult redirect, RequestPostProcessor as) {
		MvcTestResult page = followed(redirect, as);
		assertThat(page).hasStatusOk();
		return Pages.parse(page);
	}

	/** The answer at the address a redirect leads to, asked with the flash attributes a browser carries there. */
	public MvcTestResult followed(MvcTestResult redirect, RequestPostProcessor as) {
		return this.mvc.get()
			.uri(redirect.getResponse().getRedirectedUrl())
			.with(as)
			.flashAttrs(redirect.getMvcResult().getFlashMap())
			.exchange();
	}

	/** The error printed in the same field block as the named input, which is marked invalid. */
	public static String fieldError(Element form, String field) {
		Element input = form.selectFirst("[name=" + field + "]");
		assertThat(input).as("field " + field).isNotNull();
		assertThat(input.classNames()).as("field " + field + " marked invalid").contains("invalid");
		Element error = input.closest(".field").selectFirst(".field-error");
		assertThat(error).as("error beside " + field).isNotNull();
		return error.text();
	}

	/**
	 * Asserts that the form sums up this field's problem at its top, read out (role=alert) and linking to the
	 * field, and that the field is marked invalid for assistive technology and described by the same words
	 * printed beside it.
	 */
	public static void assertProblemSummedUp(Element form, String field, String message) {
		Element summary = form.selectFirst("[data-form-problems]:has(li)");
		assertThat(summary).as("the summary of the form's problems").isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.selectFirst("p").text()).isEqualTo("Not saved yet:");
		Element input = form.selectFirst("[name=" + field + "]");
		assertThat(summary.select("li a").stream().filter((link) -> link.text().equals(message)).findFirst())
			.as("the problem, linking to " + field)
			.hasValueSatisfying((link) -> assertThat(link.attr("href")).isEqualTo("#" + input.id()));
		assertThat(input.attr("aria-invalid")).as(field + " aria-invalid").isEqualTo("true");
		Element error = input.closest(".field").selectFirst(".field-error");
		assertThat(input.attr("aria-describedby").split(" ")).as(field + " described by its error")
			.contains(error.id());
		assertThat(error.text()).isEqualTo(message);
	}

}
