package news.liveblog.feed;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Pages;
import news.liveblog.dev.DemoLiveBlog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo live blog reads as 20 minutes printed it: same title, same lede, same six entries in the same
 * order, to the character. The English demo blog shows the English pages with a key event and a pinned entry.
 */
@ApplicationTest
class DemoFeedTests {

	private static final List<String> SEED = DemoLiveBlog.seedLines();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void seedHasATitleASummaryAndSixEntries() {
		assertThat(SEED).hasSize(8);
	}

	@Test
	void feedShowsTheSeedTitleAndSummary() {
		Document page = feed();
		assertThat(page.selectFirst("h1").wholeText()).isEqualTo(SEED.get(0));
		assertThat(page.selectFirst(".feed-summary").wholeText()).isEqualTo(SEED.get(1));
		assertThat(page.title()).isEqualTo(SEED.get(0));
	}

	@Test
	void feedShowsTheSixEntriesInTheSeedsOrderWithTheirExactText() {
		List<String> bodies = feed().select("article.entry .entry-body").stream().map(Element::wholeText).toList();
		assertThat(bodies).containsExactlyElementsOf(SEED.subList(2, 8));
	}

	@Test
	void feedSpeaksFrenchAndPrintsTimesInParis() {
		Document page = feed();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.selectFirst(".badge").text()).isEqualTo("Terminé");
		List<Element> times = page.select("article.entry time");
		assertThat(times).hasSize(6);
		Element oldest = times.getLast();
		assertThat(oldest.attr("datetime")).isEqualTo("2024-10-17T08:30:00+02:00");
		assertThat(oldest.selectFirst(".entry-time").text()).isEqualTo("08:30");
		assertThat(oldest.selectFirst(".entry-date").text()).isEqualTo("jeudi 17 octobre 2024");
		assertThat(times.get(3).selectFirst(".entry-time").text()).isEqualTo("09:02");
	}

	@Test
	void everyEntryIsAnArticleThatLinksToItsOwnPage() {
		for (Element article : feed().select("article.entry")) {
			String id = article.id().substring("entry-".length());
			assertThat(article.id()).matches("entry-\\d+");
			assertThat(article.selectFirst("a.entry-permalink").attr("href"))
				.isEqualTo("/live/" + DemoLiveBlog.SLUG + "/entries/" + id);
		}
	}

	@Test
	void aPermalinkShowsItsEntryAndLinksBackToTheFeed() {
		Element newest = feed().selectFirst("article.entry");
		String permalink = newest.selectFirst("a.entry-permalink").attr("href");

		Document page = Pages.parse(this.mvc.get().uri(permalink).exchange());

		assertThat(page.select("article.entry")).hasSize(1);
		assertThat(page.selectFirst("article.entry").id()).isEqualTo(newest.id());
		assertThat(page.selectFirst(".entry-body").wholeText()).isEqualTo(SEED.get(2));
		assertThat(page.select("a[href=/live/" + DemoLiveBlog.SLUG + "]")).isNotEmpty();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void theFrenchDemoHasNoKeyEventAndNoPinnedEntrySinceTheSeedMarksNone() {
		Document page = feed();
		assertThat(page.select(".key-events")).isEmpty();
		assertThat(page.select(".feed-pinned")).isEmpty();
	}

	@Test
	void theEnglishDemoSpeaksEnglishWithOneKeyEventAndOnePinnedEntry() {
		Document page = feed(DemoLiveBlog.ENGLISH_SLUG);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst(".badge").text()).isEqualTo("Ended");
		assertThat(page.select(".feed-entries article.entry")).hasSize(6);
		assertThat(page.selectFirst(".feed-entries article.entry .entry-time").text()).startsWith("10:05");
		Element keyEvent = page.selectFirst(".key-events");
		assertThat(keyEvent.selectFirst("h2").text()).isEqualTo("Key events");
		assertThat(keyEvent.select("li")).singleElement().satisfies((item) -> {
			assertThat(item.selectFirst(".key-event-title").text()).isEqualTo("Washington is not ready to invite Ukraine");
			assertThat(item.selectFirst("time").attr("datetime")).isEqualTo("2024-10-17T09:25:00+02:00");
			assertThat(page.selectFirst(item.selectFirst("a").attr("href")).selectFirst(".entry-label-key").text())
				.isEqualTo("Key event");
		});
		Element pinned = page.selectFirst(".feed-pinned article.entry");
		assertThat(pinned.selectFirst(".entry-headline").text()).isEqualTo("The day at a glance");
		assertThat(pinned.select(".entry-body li")).hasSize(3);
		assertThat(page.getElementById(pinned.id().substring("pinned-".length()))).as("also in the timeline").isNotNull();
	}

	private Document feed() {
		return feed(DemoLiveBlog.SLUG);
	}

	private Document feed(String slug) {
		var result = this.mvc.get().uri("/live/{slug}", slug).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return Pages.parse(result);
	}

}
