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
 * order, to the character.
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
	void frontPageListsTheDemoBlog() {
		Document page = Pages.parse(this.mvc.get().uri("/").exchange());
		assertThat(page.select("a[href=/live/" + DemoLiveBlog.SLUG + "]").text()).isEqualTo(SEED.get(0));
	}

	private Document feed() {
		var result = this.mvc.get().uri("/live/{slug}", DemoLiveBlog.SLUG).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return Pages.parse(result);
	}

}
