package news.liveblog.feed;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction's public note is printed with the entry, as newsrooms print corrections: on the feed, on the
 * entry's own page and in what the live stream pushes, linking to the entry's history.
 */
@ApplicationTest
class CorrectionNoteTests {

	private static final Instant MORNING = Instant.parse("2026-01-15T08:00:00Z");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private EntryFragments fragments;

	@Test
	void theNotesFirstLineIsPrintedWithTheEntryOnTheFeedThePermalinkAndTheLivePush() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Five people were injured.", MORNING);
		assertThat(feed(blog).select("#entry-" + entry.getId() + " .entry-updated")).as("not corrected yet").isEmpty();

		correct(blog, entry, "Seven people were injured.",
				"The police revised the figure.\nThey had counted two people twice.");
		Entry corrected = this.newsroom.stored(blog, entry.getId());

		String expected = "Updated " + when(blog, corrected.getEditedAt()) + ": The police revised the figure.";
		String history = "/live/" + blog.getSlug() + "/entries/" + entry.getId() + "/revisions";
		Element onFeed = feed(blog).getElementById("entry-" + entry.getId());
		Element onPermalink = page("/live/" + blog.getSlug() + "/entries/" + entry.getId())
			.getElementById("entry-" + entry.getId());
		Element pushed = Jsoup.parseBodyFragment(this.fragments.render(blog, corrected)).getElementById("entry-" + entry.getId());
		for (Element article : new Element[] { onFeed, onPermalink, pushed }) {
			assertThat(article.selectFirst(".entry-body").text()).isEqualTo("Seven people were injured.");
			assertThat(article.select(".entry-updated")).as("one line says it all").singleElement().satisfies((line) -> {
				assertThat(line.text()).isEqualTo(expected);
				assertThat(line.selectFirst("a").attr("href")).isEqualTo(history);
				assertThat(line.selectFirst("time").attr("datetime")).isEqualTo(blog.printIso(corrected.getEditedAt()));
			});
		}
		assertThat(page(history).text()).as("the whole note stays on the history page")
			.contains("They had counted two people twice.");
	}

	@Test
	void aLaterCorrectionWithoutANoteKeepsTheNoteOfTheOneBeforeWithItsOwnTime() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "The minster arrives.", MORNING);
		Entry first = correct(blog, entry, "The minister arrives at ten.", "She arrived at ten, not nine.");
		this.newsroom.clock().advance(Duration.ofMinutes(10));
		Entry second = correct(blog, first, "The minister arrives at ten o'clock.", "  ");

		Element article = feed(blog).getElementById("entry-" + entry.getId());

		assertThat(article.select(".entry-updated").eachText()).containsExactly(
				"Updated " + when(blog, first.getEditedAt()) + ": She arrived at ten, not nine.",
				"updated " + when(blog, second.getEditedAt()));
	}

	@Test
	void aCorrectionWithoutANoteSaysOnlyWhen() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Typo in the tetx.", MORNING);
		Entry corrected = correct(blog, entry, "Typo in the text.", null);

		assertThat(feed(blog).getElementById("entry-" + entry.getId()).select(".entry-updated").eachText())
			.containsExactly("updated " + when(blog, corrected.getEditedAt()));
	}

	@Test
	void aCorrectionMadeTheDayTheEntryWasPublishedSaysOnlyTheTime() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Typo in the tetx.", this.newsroom.clock().instant());
		Entry corrected = correct(blog, entry, "Typo in the text.", null);

		assertThat(feed(blog).getElementById("entry-" + entry.getId()).select(".entry-updated").eachText())
			.containsExactly("updated at " + PageFormat.time(blog, corrected.getEditedAt()));
	}

	/**
	 * When a correction of an entry published on {@link #MORNING} was made, as it is printed: its day too, since
	 * the entry's own day is another, and "updated at 13:28" would read as that one.
	 */
	private static String when(LiveBlog blog, Instant corrected) {
		return "on " + blog.printDate(corrected) + " at " + PageFormat.time(blog, corrected);
	}

	@Test
	void aNoteIsPrintedAsTextAndThePinnedCopyCarriesItToo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "How to follow the day.", MORNING);
		this.newsroom.publish(blog, "A newer entry.", MORNING.plusSeconds(60));
		this.newsroom.pin(blog, entry);
		entry = this.newsroom.stored(blog, entry.getId());
		correct(blog, entry, "How to follow the whole day.", "<script>alert(1)</script> fixed");

		Document page = feed(blog);

		assertThat(page.select("script:containsData(alert)")).isEmpty();
		assertThat(page.select("#pinned-entry-" + entry.getId() + " .entry-correction-note, #entry-" + entry.getId()
				+ " .entry-correction-note").eachText())
			.containsExactly("<script>alert(1)</script> fixed", "<script>alert(1)</script> fixed");
	}

	private Entry correct(LiveBlog blog, Entry entry, String body, String note) {
		return this.newsroom.correct(blog, entry, EntryText.of(body), note);
	}

	private Document feed(LiveBlog blog) {
		return page("/live/" + blog.getSlug());
	}

	private Document page(String path) {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
