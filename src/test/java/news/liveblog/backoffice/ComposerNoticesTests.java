package news.liveblog.backoffice;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composer says what publishing does when it is not what the button suggests: into a draft (nobody sees
 * it) or an ended blog (readers are told it is over); with Markdown entries do not print; with a schedule
 * time that is no time.
 */
@ApplicationTest
class ComposerNoticesTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	// Where the entry goes

	@Test
	void theComposerOfAnEndedBlogSaysWhatPublishingThereStillDoes() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();

		Document composer = composer(blog);

		assertThat(composer.selectFirst(".blog-notice").text()).isEqualTo("This live blog has ended: what you publish "
				+ "still appears at the top of its page, in its feeds and to readers who still have it open, but the "
				+ "page tells readers the coverage is over. An admin can set it back to Live in its settings.");
	}

	/** A reporter publishes nothing themselves: the notice speaks of what editors publish from their submissions. */
	@Test
	void aReportersComposerOfAnEndedBlogSpeaksOfWhatEditorsPublish() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();

		Document composer = this.backOffice.page("/admin/live/" + blog.getSlug(),
				this.backOffice.as(DemoAccounts.REPORTER));

		assertThat(composer.selectFirst(".blog-notice").text()).isEqualTo("This live blog has ended: what editors "
				+ "publish from your submissions still appears at the top of its page, but the page tells readers the "
				+ "coverage is over.");
	}

	@Test
	void whatIsPublishedIntoAnEndedBlogReallyAppearsOnItsPageAsTheNoticeSays() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();

		assertThat(write(blog, "publish", "After the end " + UUID.randomUUID(), Map.of())).hasStatus(HttpStatus.FOUND);

		Document feed = Pages.parse(this.backOffice.get("/live/" + blog.getSlug()));
		assertThat(feed.selectFirst(".feed-entries article.entry .entry-body").text()).startsWith("After the end");
		assertThat(feed.selectFirst(".feed-status").text()).isEqualTo("Ended");
	}

	@Test
	void theComposerOfADraftBlogSaysReadersCannotSeeIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		assertThat(composer(blog).selectFirst(".blog-notice").text()).startsWith(
				"This live blog is a draft: readers cannot see it. Its page and links answer 404 (not found)");
	}

	@Test
	void theComposerOfALiveBlogHasNoNotice() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		assertThat(composer(blog).select(".blog-notice, .unsupported-markdown")).isEmpty();
	}

	// A schedule time that is no time

	@ParameterizedTest
	@ValueSource(strings = { "tomorrow 3pm", "20245-10-17T14:30", "2026-02-30T10:00" })
	void aScheduleTimeThatIsNoTimeIsToldPlainlyAndTheTextKept(String time) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String body = "Scheduled text, kept " + UUID.randomUUID();

		MvcTestResult result = write(blog, "schedule", body, Map.of("headline", "Kept headline", "scheduledAt", time));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		Element field = form.selectFirst("input#scheduledAt");
		assertThat(field.classNames()).contains("invalid");
		assertThat(field.closest(".field").select(".field-error").eachText()).containsExactly(
				"Enter a real date and time (a four-digit year), like 17 October 2024 at 14:30.");
		assertThat(form.text()).doesNotContain("Failed to convert", "java.time");
		assertThat(form.selectFirst("textarea#body").wholeText()).isEqualTo(body);
		assertThat(form.selectFirst("input#headline").val()).isEqualTo("Kept headline");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	// Markdown entries do not print

	@Test
	void thePreviewListsTheMarkdownReadersWillNotSee() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String body = """
				# Summit opens

				![the hall](https://example.com/hall.jpg)

				| country | vote |
				|---------|------|
				| France  | yes  |

				---

				Leaders **arrive**.""";

		MvcTestResult result = write(blog, "preview", body, Map.of());

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		Element warning = page.selectFirst(".preview .unsupported-markdown");
		assertThat(warning.selectFirst("p").text()).isEqualTo("Readers will not see all of this as written:");
		assertThat(warning.select("li").eachAttr("data-kind")).containsExactly("HEADING", "IMAGE", "TABLE",
				"HORIZONTAL_RULE");
		assertThat(warning.select("li").eachText()).contains(
				"An image in the text (![…](…)): readers see nothing of it. Use the Image field below the text.");
		assertThat(page.select(".composer-notices")).as("said once, in the preview").isEmpty();
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void publishingMarkdownEntriesDoNotPrintSaysSoWithTheEntryToCorrect() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		MvcTestResult result = write(blog, "publish", "## Breaking\n\nThe vote is in.", Map.of());

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Entry entry = this.newsroom.storedEntries(blog).getFirst();
		assertThat(entry.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		Document composer = follow(result);
		Element warning = composer.selectFirst(".composer-notices .unsupported-markdown");
		assertThat(warning.selectFirst("p").text()).isEqualTo("Saved, but readers do not see all of it as written:");
		assertThat(warning.select("li").eachAttr("data-kind")).containsExactly("HEADING");
		assertThat(warning.selectFirst("a").attr("href"))
			.isEqualTo("/admin/live/" + blog.getSlug() + "/entries/" + entry.getId() + "/edit");
	}

	@Test
	void markdownThatEntriesPrintGetsNoWarning() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String body = "Leaders **arrive**, *late*.\n\n- one\n- two\n\n> a quote with a | pipe\n\n[a link](https://example.com)";

		Document preview = Pages.parse(write(blog, "preview", body, Map.of()));
		Document composer = follow(write(blog, "publish", body, Map.of()));

		assertThat(preview.select(".unsupported-markdown")).isEmpty();
		assertThat(composer.select(".unsupported-markdown")).isEmpty();
	}

	private Document composer(LiveBlog blog) {
		return this.backOffice.page("/admin/live/" + blog.getSlug(), this.backOffice.asEditor());
	}

	private MvcTestResult write(LiveBlog blog, String action, String body, Map<String, String> more) {
		return this.backOffice.newEntry(blog).body(body).fields(more).send(action);
	}

	private Document follow(MvcTestResult redirect) {
		return this.backOffice.follow(redirect, this.backOffice.asEditor());
	}

}
