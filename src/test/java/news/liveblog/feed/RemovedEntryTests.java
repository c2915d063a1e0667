package news.liveblog.feed;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link to an entry the editors retracted (shared, bookmarked, in a search engine) says so with a 410 in
 * the blog's language and leads to the live blog; it shows nothing of the entry, nor why it was retracted.
 */
@ServerTest
class RemovedEntryTests {

	private static final Instant MORNING = Instant.parse("2026-05-04T08:00:00Z");

	private static final String REASON = "Legal: names a minor";

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRetractedEntrysLinksSayInFrenchThatTheEditorsRemovedIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		Entry entry = retracted(blog, "Le suspect s’appelle Untel.");

		for (String path : links(blog, entry)) {
			HttpResponse<String> response = browser().get(path, "Accept-Language", "en");
			assertThat(response.statusCode()).as(path).isEqualTo(410);
			Document page = Browser.parse(response);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
			assertThat(page.selectFirst("h1").text()).isEqualTo("Cette entrée a été retirée");
			assertThat(page.selectFirst("main").text()).contains("La rédaction a retiré cette entrée");
			assertThat(page.select("main a[href=/live/" + blog.getSlug() + "]").text()).isEqualTo("Suivre le live : Test blog");
			assertGivesNothingAway(response);
		}
	}

	@Test
	void aRetractedEntrysLinksSayInEnglishThatTheEditorsRemovedIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = retracted(blog, "The suspect is called Smith.");

		for (String path : links(blog, entry)) {
			HttpResponse<String> response = browser().get(path, "Accept-Language", "fr");
			assertThat(response.statusCode()).as(path).isEqualTo(410);
			Document page = Browser.parse(response);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
			assertThat(page.selectFirst("h1").text()).isEqualTo("This update was removed");
			assertThat(page.select("main a[href=/live/" + blog.getSlug() + "]").text())
				.isEqualTo("Follow the live blog: Test blog");
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("text/html"));
			assertGivesNothingAway(response);
		}
	}

	@Test
	void anEntryRetractedBeforeReadersHadItIsUnknown() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry draft = this.newsroom.write(blog, EntryText.of("Never out."), Publication.draft());
		Entry scheduled = this.newsroom.write(blog, EntryText.of("Embargoed."),
				Publication.scheduled(Instant.now().plusSeconds(3_600)));
		// Only a published entry is retracted now; such rows are from before, and stay.
		this.jdbc.update("update entry set status = 'RETRACTED', retracted_at = ?, retraction_reason = ?"
				+ " where id in (?, ?)", Timestamp.from(Instant.now()), REASON, draft.getId(), scheduled.getId());

		for (Entry entry : new Entry[] { draft, scheduled }) {
			for (String path : links(blog, entry)) {
				assertThat(browser().get(path).statusCode()).as(path).isEqualTo(404);
			}
		}
	}

	@Test
	void theFeedNoLongerShowsTheRetractedEntry() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Still standing.", MORNING);
		Entry entry = retracted(blog, "Withdrawn for good.");

		assertThat(browser().get("/live/" + blog.getSlug() + "/entries/" + entry.getId()).statusCode()).isEqualTo(410);
		String feed = browser().get("/live/" + blog.getSlug()).body();
		assertThat(feed).contains("Still standing.").doesNotContain("Withdrawn for good.");
	}

	private Entry retracted(LiveBlog blog, String text) {
		Entry entry = this.newsroom.publish(blog, text, MORNING.plusSeconds(60));
		// Seen once, as a reader who shares the link would have.
		assertThat(browser().get("/live/" + blog.getSlug() + "/entries/" + entry.getId()).body()).contains(text);
		this.newsroom.retract(blog, entry, REASON);
		return entry;
	}

	private static String[] links(LiveBlog blog, Entry entry) {
		String permalink = "/live/" + blog.getSlug() + "/entries/" + entry.getId();
		return new String[] { permalink, permalink + "/revisions" };
	}

	private static void assertGivesNothingAway(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain(REASON)
			.doesNotContain("Legal")
			.doesNotContain("Untel")
			.doesNotContain("Smith")
			.doesNotContain("Test desk");
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
