package news.liveblog.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times name their zone where readers may be elsewhere: English pages always (English is read around the
 * world), French pages unless the clock reads the same as in Paris. {@code <time datetime>} carries the offset.
 * (The JDK puts a narrow no-break space before "AM", as CLDR says.)
 */
@ApplicationTest
class TimesWithTheirZoneTests {

	/** A summer morning: 07:35 UTC, 3:35 in New York (EDT), 9:35 in Brussels and Paris (CEST). */
	private static final Instant SUMMER = Instant.parse("2026-07-02T07:35:00Z");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void anEnglishBlogInNewYorkNamesItsZoneOnEntriesKeyEventsAndPermalinks() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("America/New_York"));
		Entry entry = keyEvent(blog, SUMMER);

		Document page = page("/live/" + blog.getSlug());

		Element article = page.getElementById("entry-" + entry.getId());
		assertThat(article.selectFirst(".entry-time").text()).isEqualTo("3:35\u202FAM EDT");
		assertThat(article.selectFirst("time").attr("datetime")).isEqualTo("2026-07-02T03:35:00-04:00");
		assertThat(page.selectFirst(".key-event-time").text()).isEqualTo("3:35\u202FAM EDT");
		assertThat(page("/live/" + blog.getSlug() + "/entries/" + entry.getId()).selectFirst(".entry-time").text())
			.isEqualTo("3:35\u202FAM EDT");
		assertThat(time(blog, SUMMER.plusSeconds(180L * 24 * 3600))).as("in winter").isEqualTo("2:35\u202FAM EST");
	}

	@Test
	void anEnglishBlogNamesItsZoneWhereverItIs() {
		assertThat(time(this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/London")),
				SUMMER)).isEqualTo("8:35\u202FAM BST");
		assertThat(time(this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Brussels")),
				SUMMER)).isEqualTo("9:35\u202FAM CEST");
	}

	@Test
	void aFrenchBlogWhoseClockReadsAsInParisPrintsTheTimeAlone() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Brussels"));
		Entry entry = keyEvent(blog, SUMMER);

		Document page = page("/live/" + blog.getSlug());

		assertThat(page.getElementById("entry-" + entry.getId()).selectFirst(".entry-time").text()).isEqualTo("09:35");
		assertThat(page.selectFirst(".key-event-time").text()).isEqualTo("09:35");
	}

	@Test
	void aFrenchBlogElsewhereGivesTheOffsetFromUtc() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("America/New_York"));

		assertThat(time(blog, SUMMER)).isEqualTo("03:35 UTC-4");
	}

	private String time(LiveBlog blog, Instant at) {
		Entry entry = this.newsroom.publish(blog, "An update.", at);
		return page("/live/" + blog.getSlug()).getElementById("entry-" + entry.getId()).selectFirst(".entry-time").text();
	}

	private Entry keyEvent(LiveBlog blog, Instant at) {
		return this.newsroom.publishKeyEvent(blog, "The vote", "The motion passed.", at);
	}

	private Document page(String path) {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
