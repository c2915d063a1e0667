package news.liveblog.feed;

import java.time.ZoneId;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static news.liveblog.Newsroom.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entry offers "Copy link" and "Share" for its own page, wherever it shows (the feed, its own page,
 * the live stream), hidden until the script that makes them work runs, and with no inline script.
 */
@ApplicationTest
class SharingTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private EntryFragments fragments;

	@Test
	void everyEntryOnTheFeedHasCopyAndShareButtonsForItsOwnPageHiddenUntilTheScriptRuns() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Something to share.", MORNING);

		Document page = page("/live/" + blog.getSlug());

		Element share = page.getElementById("entry-" + entry.getId()).selectFirst(".entry-share");
		assertThat(share.hasAttr("hidden")).as("no buttons that do nothing without JavaScript").isTrue();
		assertThat(share.attr("data-share-url"))
			.isEqualTo(TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId());
		assertThat(share.attr("data-copied")).isEqualTo("Link copied: {0}");
		Element copy = share.selectFirst("button[data-share-action=copy]");
		assertThat(copy.attr("type")).isEqualTo("button");
		assertThat(copy.text()).isEqualTo("Copy link");
		assertThat(copy.attr("aria-label")).as("says which update, and contains what it shows")
			.isEqualTo("Copy link to the update of "
					+ page.getElementById("entry-" + entry.getId()).selectFirst(".entry-time").text()
					+ ": Something to share.");
		assertThat(share.selectFirst("button[data-share-action=share]").text()).isEqualTo("Share");
		assertThat(page.select("script[src*=/assets/js/share]")).hasSize(1);
		assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as("no inline script").isEmpty();
		assertThat(page.select("[onclick]")).isEmpty();
	}

	@Test
	void aScreenReaderTellsApartTheButtonsOfUpdatesPublishedInTheSameMinute() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry first = this.newsroom.publish(blog, "Zelensky arrives at NATO headquarters.", MORNING);
		Entry second = this.newsroom.publish(blog, "Rutte greets him at the door.", MORNING);

		Document page = page("/live/" + blog.getSlug());

		String time = page.getElementById("entry-" + first.getId()).selectFirst(".entry-time").text();
		assertThat(page.getElementById("entry-" + second.getId()).selectFirst(".entry-time").text()).isEqualTo(time);
		assertThat(page.select("#entry-" + first.getId() + " button[data-share-action=share]").attr("aria-label"))
			.isEqualTo("Share the update of " + time + ": Zelensky arrives at NATO headquarters.");
		assertThat(page.select("#entry-" + second.getId() + " button[data-share-action=share]").attr("aria-label"))
			.isEqualTo("Share the update of " + time + ": Rutte greets him at the door.");
	}

	@Test
	void anUpdateWithoutWordsIsNamedByItsTimeAlone() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry rule = this.newsroom.publish(blog, "---", MORNING);

		Element article = page("/live/" + blog.getSlug()).getElementById("entry-" + rule.getId());

		assertThat(article.selectFirst("button[data-share-action=copy]").attr("aria-label"))
			.isEqualTo("Copy link to the update of " + article.selectFirst(".entry-time").text());
	}

	@Test
	void anEntrysOwnPageAndTheLiveStreamOfferTheSameButtonsInTheBlogsLanguage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		Entry entry = this.newsroom.publish(blog, "À partager.", MORNING);

		Element onItsPage = page("/live/" + blog.getSlug() + "/entries/" + entry.getId()).selectFirst(".entry-share");
		Element pushed = Jsoup.parseBodyFragment(this.fragments.render(blog, entry)).selectFirst(".entry-share");

		for (Element share : new Element[] { onItsPage, pushed }) {
			assertThat(share.attr("data-share-url"))
				.isEqualTo(TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId());
			assertThat(share.selectFirst("button[data-share-action=copy]").text()).isEqualTo("Copier le lien");
			assertThat(share.selectFirst("button[data-share-action=share]").text()).isEqualTo("Partager");
			assertThat(share.attr("data-copied")).isEqualTo("Lien copié : {0}");
			assertThat(share.selectFirst("button[data-share-action=copy]").attr("aria-label")).endsWith(" : À partager.");
		}
	}

	@Test
	void anEntrysOwnPageNamesItselfAsTheAddressSearchEnginesAndShareSheetsKeep() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publishKeyEvent(blog, "Zelensky arrives at NATO", "He is met at the door.",
				MORNING);
		String ownAddress = TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId();

		Document page = page("/live/" + blog.getSlug() + "/entries/" + entry.getId());

		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(ownAddress);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(ownAddress);
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Zelensky arrives at NATO");
	}

	@Test
	void anEntrysOwnPageIsNamedAndDescribedByItsOwnWordsNotOnlyByItsTime() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry plain = this.newsroom.publish(blog, "Zelensky tells the summit that Ukraine needs more air defence "
				+ "before winter, and that every week of delay costs lives in the cities the Russian army shells "
				+ "each night. He asks the leaders to decide today, not at the next summit.", MORNING);
		Entry headlined = this.newsroom.publishKeyEvent(blog, "Zelensky arrives at NATO", "He is met at the door.",
				MORNING.plusSeconds(60));

		Document plainPage = page("/live/" + blog.getSlug() + "/entries/" + plain.getId());
		Document headlinedPage = page("/live/" + blog.getSlug() + "/entries/" + headlined.getId());

		assertThat(plainPage.title()).isEqualTo("Zelensky tells the summit that Ukraine needs more air… · "
				+ blog.getTitle());
		assertThat(headlinedPage.title()).isEqualTo("Zelensky arrives at NATO · " + blog.getTitle());
		String description = plainPage.select("meta[name=description]").attr("content");
		assertThat(description).startsWith("Zelensky tells the summit that Ukraine needs more air defence before winter")
			.endsWith("…").hasSizeLessThanOrEqualTo(161);
		assertThat(plainPage.select("meta[property=og:description]").attr("content")).isEqualTo(description);
		assertThat(headlinedPage.select("meta[property=og:description]").attr("content"))
			.isEqualTo("He is met at the door.");
	}

	private Document page(String uri) {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
