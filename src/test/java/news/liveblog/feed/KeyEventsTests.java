package news.liveblog.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
import news.liveblog.entry.EntryText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static news.liveblog.Newsroom.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Key events" list at the top of a feed: the moments that matter, each its time and headline (or clean
 * first sentence), linking to the entry; it follows corrections, retractions and the key-event mark.
 */
@ApplicationTest
class KeyEventsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void keyEventsAreListedNewestFirstWithTheirTimeAndHeadlineLinkingToTheEntryOnThePage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry vote = keyEvent(blog, "Parliament votes", "The motion passed by 301 votes to 250.", MORNING);
		this.newsroom.publish(blog, "Reactions are coming in.", MORNING.plusSeconds(600));
		Entry resignation = keyEvent(blog, null,
				"The prime minister has resigned. She will stay on until a successor is chosen.",
				MORNING.plusSeconds(1200));

		Document page = feed(blog);

		Element list = page.selectFirst(".key-events");
		assertThat(list).isNotNull();
		assertThat(list.selectFirst("h2").text()).isEqualTo("Key events");
		List<Element> links = list.select("li a");
		assertThat(links).extracting((link) -> link.attr("href"))
			.containsExactly("#entry-" + resignation.getId(), "#entry-" + vote.getId());
		assertThat(links).extracting((link) -> link.selectFirst(".key-event-title").text())
			.containsExactly("The prime minister has resigned.", "Parliament votes");
		Element voteArticle = page.getElementById("entry-" + vote.getId());
		assertThat(links.get(1).selectFirst("time").text()).isEqualTo(voteArticle.selectFirst(".entry-time").text());
		assertThat(links.get(1).selectFirst("time").attr("datetime"))
			.isEqualTo(voteArticle.selectFirst("time").attr("datetime"));
	}

	@Test
	void keyEventsOfSeveralDaysEachSayTheirDay() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		keyEvent(blog, "Parliament votes", "The motion passed.", MORNING);
		keyEvent(blog, "The result is contested", "The opposition goes to court.", MORNING.plus(Duration.ofDays(1)));

		List<String> times = feed(blog).select(".key-events li time").eachText();

		assertThat(times).hasSize(2);
		assertThat(times.get(0)).startsWith("Mar 3, 2026, ").endsWith(PageFormat.time(blog, MORNING.plus(Duration.ofDays(1))));
		assertThat(times.get(1)).startsWith("Mar 2, 2026, ").endsWith(PageFormat.time(blog, MORNING));
	}

	@Test
	void aKeyEventOlderThanThePageLinksToItsOwnPage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry early = keyEvent(blog, "Polls open", "Polling stations opened at seven.", MORNING);
		for (int i = 1; i <= FeedController.PAGE_SIZE; i++) {
			this.newsroom.publish(blog, "Update " + i + ".", MORNING.plusSeconds(60L * i));
		}

		Document page = feed(blog);

		assertThat(page.getElementById("entry-" + early.getId())).as("not on the first page").isNull();
		assertThat(page.selectFirst(".key-events a").attr("href"))
			.isEqualTo("/live/" + blog.getSlug() + "/entries/" + early.getId());
	}

	@Test
	void aBlogWithoutKeyEventsHasNoList() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Nothing major.", MORNING);

		assertThat(feed(blog).select(".key-events")).isEmpty();
	}

	@Test
	void theListIsInTheBlogsLanguage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		keyEvent(blog, "Le vote", "La motion est adoptée.", MORNING);

		assertThat(feed(blog).selectFirst(".key-events h2").text()).isEqualTo("Les moments clés");
	}

	@Test
	void theListHoldsTheNewestTwentyKeyEvents() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		for (int i = 0; i < FeedController.KEY_EVENTS + 2; i++) {
			keyEvent(blog, "Moment " + i, "It happened.", MORNING.plusSeconds(60L * i));
		}

		List<String> titles = feed(blog).select(".key-event-title").eachText();

		assertThat(titles).hasSize(FeedController.KEY_EVENTS).first().isEqualTo("Moment 21");
		assertThat(titles).last().isEqualTo("Moment 2");
	}

	@Test
	void readInOrderTheListReadsOldestFirst() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		keyEvent(blog, "First", "One.", MORNING);
		keyEvent(blog, "Second", "Two.", MORNING.plusSeconds(60));

		var result = this.mvc.get().uri("/live/{slug}?order=oldest", blog.getSlug()).exchange();

		assertThat(Pages.parse(result).select(".key-event-title").eachText()).containsExactly("First", "Second");
	}

	@Test
	void theListFollowsCorrectionsTheKeyEventMarkAndRetractions() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry vote = keyEvent(blog, "Parliament votes", "The motion passed.", MORNING);
		Entry speech = keyEvent(blog, "The speech", "She spoke for an hour.", MORNING.plusSeconds(60));
		Entry ordinary = this.newsroom.publish(blog, "Crowds outside.", MORNING.plusSeconds(120));
		assertThat(titles(blog)).containsExactly("The speech", "Parliament votes");

		vote = this.newsroom.correct(blog, vote, new EntryText("Parliament rejects the motion", "The motion failed.", true),
				"The first count was wrong.");
		assertThat(titles(blog)).as("corrected").containsExactly("The speech", "Parliament rejects the motion");

		this.newsroom.correct(blog, ordinary, new EntryText(null, "Crowds outside.", true), null);
		assertThat(titles(blog)).as("marked as a key event")
			.containsExactly("Crowds outside.", "The speech", "Parliament rejects the motion");

		this.newsroom.correct(blog, vote, new EntryText("Parliament rejects the motion", "The motion failed.", false),
				null);
		assertThat(titles(blog)).as("no longer a key event").containsExactly("Crowds outside.", "The speech");

		this.newsroom.retract(blog, speech, "Never happened");
		assertThat(titles(blog)).as("retracted").containsExactly("Crowds outside.");
	}

	private Entry keyEvent(LiveBlog blog, String headline, String body, Instant at) {
		return this.newsroom.publishKeyEvent(blog, headline, body, at);
	}

	private List<String> titles(LiveBlog blog) {
		return feed(blog).select(".key-events .key-event-title").eachText();
	}

	private Document feed(LiveBlog blog) {
		var result = this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
