package news.liveblog.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.Pages;
import news.liveblog.TestBlogs;
import news.liveblog.account.Accounts;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Text that trips up code written for plain English comes back exactly as typed, in every field that keeps
 * it: SQL metacharacters (queries take it as a parameter, never as SQL), bidirectional and zero-width marks,
 * emoji sequences, combining characters in either normal form. The one character that cannot be stored, NUL,
 * is refused with a sentence saying so and the text kept in its field.
 */
@ApplicationTest
class HostileTextTests {

	/** Plain text in Markdown too: nothing in them is Markdown syntax or an HTML entity. */
	private static final String SQL = "Robert'); DROP TABLE entry;-- \" OR '1'='1' %_ ; SELECT pg_sleep(10)";

	private static final String BIDI = "\u202Eexe.txt\u202C, \u200Fمرحبا بالعالم\u200F, שלום \u2066isolate\u2069 \u200Eltr";

	private static final String EMOJI = "👩🏽‍💻 🏳️‍🌈 🇺🇦 1️⃣ 🫠 ❤︎";

	private static final String COMBINING = "e\u0301 (NFD) e \u00e9 (NFC), Z\u0351\u0364\u0300a\u0308\u0304\u0323, "
			+ "\u0928\u093f\u0915, zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word";

	/** In a headline or a title, HTML and entities are text too. */
	private static final String LOOKS_LIKE_HTML = "&amp; &lt;b&gt; <b>bold</b> &#x3C;script&#x3E; ${7*7} [[${7*7}]]";

	private static final String NUL = "This text contains a NUL character, which cannot be stored. Remove it and try again.";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Entries entries;

	@Autowired
	private Accounts accounts;

	/** This test's public blogs, withdrawn after it (see {@link TestBlogs#withdraw}). */
	private final List<String> opened = new ArrayList<>();

	@AfterEach
	void withdrawTheBlogsOpened() {
		this.opened.forEach((slug) -> TestBlogs.withdraw(this.liveBlogs, slug));
	}

	@ParameterizedTest
	@ValueSource(strings = { SQL, BIDI, EMOJI, COMBINING })
	void anEntrysHeadlineTextNoteAndRetractionReasonAreStoredAndShownExactly(String text) {
		LiveBlog blog = open();

		long id = publish(blog, text, text);
		Entry stored = this.entries.find(blog.getId(), id).orElseThrow();
		assertThat(stored.getHeadline()).isEqualTo(text);
		assertThat(stored.getBodySource()).isEqualTo(text);
		Element article = page("/live/" + blog.getSlug()).selectFirst("#entry-" + id);
		assertThat(article.selectFirst(".entry-headline").wholeText()).isEqualTo(text);
		assertThat(article.selectFirst(".entry-body > p").wholeText()).isEqualTo(text);

		MvcTestResult corrected = post("/admin/live/" + blog.getSlug() + "/entries/" + id, Map.of("headline", text,
				"body", "Corrected.", "version", Long.toString(stored.getVersion()), "publicNote", text, "action", "save"));
		assertThat(corrected).hasStatus(HttpStatus.FOUND);
		assertThat(this.entries.revisions(id)).singleElement().satisfies((revision) -> {
			assertThat(revision.text().body()).isEqualTo(text);
			assertThat(revision.getPublicNote()).isEqualTo(text);
		});
		Document history = page("/live/" + blog.getSlug() + "/entries/" + id + "/revisions");
		assertThat(history.selectFirst(".revision .entry-body > p").wholeText()).isEqualTo(text);
		assertThat(history.selectFirst(".revision-note").wholeText()).isEqualTo("Editor’s note: " + text);

		assertThat(post("/admin/live/" + blog.getSlug() + "/entries/" + id + "/retract", Map.of("reason", text)))
			.hasStatus(HttpStatus.FOUND);
		Entry retracted = this.entries.find(blog.getId(), id).orElseThrow();
		assertThat(retracted.getStatus()).isEqualTo(EntryStatus.RETRACTED);
		assertThat(retracted.getRetractionReason()).isEqualTo(text);
		assertThat(page("/admin/live/" + blog.getSlug()).selectFirst("#admin-entry-" + id + " .retraction").wholeText())
			.endsWith(": " + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { SQL, BIDI, EMOJI, COMBINING, LOOKS_LIKE_HTML })
	void aBlogsTitleAndSummaryAreStoredAndShownExactly(String text) {
		LiveBlog blog = open();

		Map<String, String> settings = new LinkedHashMap<>(Map.of("slug", blog.getSlug(), "title", text, "summary",
				text, "language", "en", "timeZone", "Europe/London", "status", "LIVE"));
		settings.put("version", Long.toString(blog.getVersion()));
		assertThat(post("/admin/blogs/" + blog.getSlug(), settings)).hasStatus(HttpStatus.FOUND);

		LiveBlog stored = this.liveBlogs.find(blog.getSlug()).orElseThrow();
		assertThat(stored.getTitle()).isEqualTo(text);
		assertThat(stored.getSummary()).isEqualTo(text);
		Document feed = page("/live/" + blog.getSlug());
		assertThat(feed.selectFirst("title").wholeText()).isEqualTo(text);
		assertThat(feed.selectFirst(".feed-title").wholeText()).isEqualTo(text);
		assertThat(feed.selectFirst(".feed-summary").wholeText()).isEqualTo(text);
		assertThat(feed.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(text);
		assertThat(page("/admin/blogs/" + blog.getSlug() + "/edit").selectFirst("input#title").val()).isEqualTo(text);
	}

	@Test
	void aHeadlineThatLooksLikeHtmlOrATemplateExpressionIsShownAsTyped() {
		LiveBlog blog = open();

		long id = publish(blog, LOOKS_LIKE_HTML, "Body.");

		assertThat(page("/live/" + blog.getSlug()).selectFirst("#entry-" + id + " .entry-headline").wholeText())
			.isEqualTo(LOOKS_LIKE_HTML);
		assertThat(page("/admin/live/" + blog.getSlug()).selectFirst("#admin-entry-" + id + " .entry-headline")
			.wholeText()).isEqualTo(LOOKS_LIKE_HTML);
	}

	@Test
	void aDisplayNameIsStoredAndShownExactly() {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
		String name = "Zoë O'Brien-" + EMOJI.substring(0, 7) + " \u200Fد\u0651";

		assertThat(post("/admin/accounts", Map.of("username", username, "displayName", name, "password",
				"a long enough password", "role", "EDITOR"))).hasStatus(HttpStatus.FOUND);

		assertThat(this.accounts.findByUsername(username).orElseThrow().getDisplayName()).isEqualTo(name);
		assertThat(page("/admin/accounts").select("td")).anyMatch((cell) -> cell.wholeText().equals(name));
	}

	// NUL: refused, said so, kept

	@Test
	void aNulInAHeadlineIsRefusedBesideItAndTheTextKept() {
		LiveBlog blog = open();

		MvcTestResult result = post("/admin/live/" + blog.getSlug() + "/entries", Map.of("headline", "Head\u0000line",
				"body", "Kept body", "submissionToken", UUID.randomUUID().toString(), "action", "publish"));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyText().contains("value=\"Head\u0000line\"");
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(form.selectFirst("#headline-error").text()).isEqualTo(NUL);
		assertThat(form.selectFirst("textarea#body").wholeText()).isEqualTo("Kept body");
		assertThat(this.entries.backOfficeList(blog.getId())).isEmpty();
	}

	@Test
	void aNulInACorrectionNoteIsRefusedBesideItAndTheCorrectionKept() {
		LiveBlog blog = open();
		long id = publish(blog, null, "Original.");
		long version = this.entries.find(blog.getId(), id).orElseThrow().getVersion();

		MvcTestResult result = post("/admin/live/" + blog.getSlug() + "/entries/" + id, Map.of("body", "Corrected.",
				"version", Long.toString(version), "publicNote", "Why\u0000", "action", "save"));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyText().contains("value=\"Why\u0000\"");
		Element publicNote = Pages.parse(result).selectFirst("input#publicNote");
		assertThat(publicNote.closest(".field").selectFirst(".field-error").text()).isEqualTo(NUL);
		assertThat(Pages.parse(result).selectFirst("textarea#body").wholeText()).isEqualTo("Corrected.");
		assertThat(this.entries.find(blog.getId(), id).orElseThrow().getBodySource()).isEqualTo("Original.");
	}

	@Test
	void aNulInARetractionReasonIsRefusedWithWhyAndTheReasonKeptInItsField() {
		LiveBlog blog = open();
		long id = publish(blog, null, "Still standing.");

		MvcTestResult result = post("/admin/live/" + blog.getSlug() + "/entries/" + id + "/retract",
				Map.of("reason", "Wrong\u0000figure"));

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(this.entries.find(blog.getId(), id).orElseThrow().getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		MvcTestResult composer = this.mvc.get()
			.uri("/admin/live/{slug}", blog.getSlug())
			.with(asEditor())
			.flashAttrs(result.getMvcResult().getFlashMap())
			.exchange();
		assertThat(composer).bodyText().contains("value=\"Wrong\u0000figure\"");
		Document page = Pages.parse(composer);
		assertThat(page.selectFirst(".flash-problem").text()).isEqualTo(NUL);
		assertThat(page.selectFirst("#admin-entry-" + id + " details.retract").hasAttr("open")).isTrue();
	}

	@Test
	void aNulInABlogTitleOrADisplayNameIsRefusedBesideItAndKept() {
		LiveBlog blog = open();
		Map<String, String> settings = new LinkedHashMap<>(Map.of("slug", blog.getSlug(), "title", "Ti\u0000tle",
				"summary", "Sum\u0000mary", "language", "en", "timeZone", "Europe/London", "status", "LIVE"));
		settings.put("version", Long.toString(blog.getVersion()));

		MvcTestResult blogForm = post("/admin/blogs/" + blog.getSlug(), settings);

		assertThat(blogForm).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(blogForm);
		assertThat(page.selectFirst("input#title").closest(".field").selectFirst(".field-error").text()).isEqualTo(NUL);
		assertThat(page.selectFirst("textarea#summary").closest(".field").selectFirst(".field-error").text())
			.isEqualTo(NUL);
		assertThat(blogForm).bodyText().contains("value=\"Ti\u0000tle\"").contains(">Sum\u0000mary</textarea>");
		assertThat(this.liveBlogs.find(blog.getSlug()).orElseThrow().getTitle()).isEqualTo(blog.getTitle());

		MvcTestResult accountForm = post("/admin/accounts", Map.of("username", "t-nul-" + UUID.randomUUID().toString()
			.substring(0, 8), "displayName", "Jane\u0000Doe", "password", "a long enough password", "role", "EDITOR"));

		assertThat(accountForm).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(accountForm).selectFirst("input#displayName").closest(".field").selectFirst(".field-error")
			.text()).isEqualTo(NUL);
		assertThat(accountForm).bodyText().contains("value=\"Jane\u0000Doe\"");
	}

	private long publish(LiveBlog blog, String headline, String body) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("body", body, "submissionToken",
				UUID.randomUUID().toString(), "action", "publish"));
		if (headline != null) {
			form.put("headline", headline);
		}
		MvcTestResult result = post("/admin/live/" + blog.getSlug() + "/entries", form);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return (Long) result.getMvcResult().getFlashMap().get("doneEntryId");
	}

	/** As an admin: every form of the back office is open to them. */
	private MvcTestResult post(String uri, Map<String, String> fields) {
		var request = this.mvc.post().uri(uri).with(asAdmin()).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	private Document page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(asAdmin()).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return Pages.parse(result);
	}

	private RequestPostProcessor asAdmin() {
		return SignedIn.as(this.accounts, DemoAccounts.ADMIN);
	}

	private RequestPostProcessor asEditor() {
		return SignedIn.as(this.accounts, DemoAccounts.EDITOR);
	}

	private LiveBlog open() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		this.opened.add(blog.getSlug());
		return blog;
	}

}
