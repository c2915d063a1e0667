package news.liveblog.feed;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a reader types or follows, a page that is not there is a proper 404 page in their language,
 * never a 500, a 400 or a stack trace.
 */
@ServerTest
class NotFoundTests {

	private static final String DEMO = "/live/" + DemoLiveBlog.SLUG;

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@ParameterizedTest
	@ValueSource(strings = { "/live/no-such-blog", "/live/NOT-a-slug", "/live/%20", DEMO + "/entries/999999999",
			DEMO + "/entries/abc", DEMO + "/entries/-1", DEMO + "/entries/99999999999999999999999",
			DEMO + "?before=abc", DEMO + "?before=999999999", "/no/such/page" })
	void unknownOrMalformedAddressesGetTheNotFoundPage(String uri) {
		assertNotFoundPage(browser().get(uri, "Accept-Language", "en"));
	}

	@Test
	void notFoundPageFollowsTheBrowsersLanguage() {
		Document page = Browser.parse(browser().get("/live/no-such-blog", "Accept-Language", "fr-FR,fr;q=0.9"));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
	}

	@ParameterizedTest
	@ValueSource(strings = { DEMO + "/entries/999999999", DEMO + "/entries/abc", DEMO + "/entries/abc/revisions",
			DEMO + "/entrees/12", DEMO + "/feed" })
	void aPageMissingUnderABlogIsInTheBlogsLanguageWithTheWayBackToIt(String uri) {
		assertBlogsNotFoundPage(browser().get(uri, "Accept-Language", "en"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			?before=abc               | before= et after= prennent le numéro d’une entrée de ce live
			?before=999999999         | before= et after= prennent le numéro d’une entrée de ce live
			?order=oldest&after=abc   | before= et after= prennent le numéro d’une entrée de ce live
			?order=oldest&after=999999999 | before= et after= prennent le numéro d’une entrée de ce live
			?order=foo                | L’ordre est order=newest
			?before=10&before=12      | ne se donnent qu’une fois
			?order=oldest&order=newest | ne se donnent qu’une fois
			""")
	void aBadFeedAddressSaysWhatIsWrongInTheBlogsLanguageWithTheWayBackToIt(String query, String problem) {
		Document page = assertBlogsNotFoundPage(browser().get(DEMO + query, "Accept-Language", "en"));

		assertThat(page.selectFirst(".error-problem").text()).contains(problem);
	}

	@Test
	void anAddressWithASlashAtItsEndLeadsToThePageWithoutIt() {
		for (String[] asked : new String[][] { { DEMO + "/", DEMO }, { DEMO + "/?order=oldest", DEMO + "?order=oldest" },
				{ DEMO + "/entries/1/", DEMO + "/entries/1" } }) {
			HttpResponse<String> response = browser().get(asked[0]);

			assertThat(response.statusCode()).as(asked[0]).isEqualTo(308);
			assertThat(response.headers().firstValue("Location")).as(asked[0]).hasValueSatisfying(
					(location) -> assertThat(location).endsWith(asked[1]));
		}
	}

	@Test
	void draftBlogsAreNotVisibleToReaders() {
		LiveBlog draft = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Entry entry = this.newsroom.publish(draft, "Not yet", Instant.now());

		assertNotFoundPage(browser().get("/live/" + draft.getSlug()));
		assertNotFoundPage(browser().get("/live/" + draft.getSlug() + "/entries/" + entry.getId()));
		assertThat(Browser.parse(browser().get("/")).select("a[href=/live/" + draft.getSlug() + "]"))
			.isEmpty();
	}

	@Test
	void anEntryIsOnlyFoundUnderItsOwnBlog() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Mine", Instant.now());

		assertThat(browser().get("/live/" + blog.getSlug() + "/entries/" + entry.getId()).statusCode())
			.isEqualTo(200);
		assertNotFoundPage(browser().get(DEMO + "/entries/" + entry.getId()));
		assertNotFoundPage(browser().get(DEMO + "?before=" + entry.getId()));
	}

	private Browser browser() {
		return new Browser(this.port);
	}

	/** The 404 page of an address under the demo blog: in its language, not the browser's, with the way back. */
	private static Document assertBlogsNotFoundPage(HttpResponse<String> response) {
		assertNotFoundPage(response);
		Document page = Browser.parse(response);
		assertThat(page.selectFirst("html").attr("lang")).as("the demo blog's, not the browser's").isEqualTo("fr");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
		assertThat(page.selectFirst("a[href=" + DEMO + "]").text()).isEqualTo("Retour au live");
		return page;
	}

	private static void assertNotFoundPage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		Document page = Browser.parse(response);
		assertThat(page.selectFirst("h1")).isNotNull();
		assertThat(page.text()).doesNotContainIgnoringCase("exception").doesNotContain("at news.liveblog");
		assertThat(page.select("a[href=/]")).isNotEmpty();
	}

}
