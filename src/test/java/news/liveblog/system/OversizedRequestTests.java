package news.liveblog.system;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import news.liveblog.CookieBrowser;
import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Too much at once is refused with a page that says why, before the application reads it: a body over the
 * limit gets a 413, headers over it a 431. The limit leaves room for the largest real form: an entry at its
 * 20,000 characters in the script that costs the most bytes is published, one character more comes back
 * in the composer with the error beside it and the text kept.
 */
@ServerTest
class OversizedRequestTests {

	/** Three bytes of UTF-8 each, nine once form-encoded: the costliest text an editor can write. */
	private static final String CJK = "新";

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aBodyOverTheLimitGetsThe413PageAndNothingIsSaved() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		HttpResponse<String> response = sendNewEntry(blog, Map.of("body", "x".repeat(600_000)));

		assertThat(response.statusCode()).isEqualTo(413);
		Document page = Browser.parse(response);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Too much sent at once");
		assertThat(page.selectFirst("main p").text()).startsWith("What was sent is larger than this site accepts.");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/live/zelensky-otan-bruxelles", "/admin/login", "/no/such/page" })
	void anyAddressRefusesAnOversizedBodyWithA413(String path) {
		HttpResponse<String> response = new Browser(this.port).post(path, "x=" + "y".repeat(2_000_000),
				"Accept-Language", "fr");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Browser.parse(response).selectFirst("h1").text()).isEqualTo("Envoi trop volumineux");
	}

	@Test
	void theLongestEntryInTheCostliestScriptIsPublished() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String body = CJK.repeat(20_000);

		HttpResponse<String> response = sendNewEntry(blog, Map.of("headline", CJK.repeat(200), "body", body));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.newsroom.storedEntries(blog)).singleElement()
			.satisfies((entry) -> assertThat(entry.getBodySource()).isEqualTo(body));
	}

	@Test
	void aPasteOfTwiceTheLimitInAThreeByteScriptStillReachesTheFormAndComesBackWhole() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		// 40,000 characters of 3 bytes, each byte sent as %XX: about 360 KB, under the 512 KB limit.
		String body = CJK.repeat(40_000);

		HttpResponse<String> response = sendNewEntry(blog, Map.of("body", body));

		assertThat(composerShownAgainWith(response, body).selectFirst("#body-error").text())
			.contains("This one has 20,000 too many");
	}

	@Test
	void oneCharacterMoreComesBackWithTheErrorBesideTheTextAndTheTextKept() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String body = CJK.repeat(20_001);

		HttpResponse<String> response = sendNewEntry(blog, Map.of("body", body));

		assertThat(composerShownAgainWith(response, body).selectFirst("#body-error").text())
			.isEqualTo("The text can be at most 20,000 characters. This one has 1 too many; nothing was cut. Shorten it and send it again.");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void headersOverTheLimitGetA431() {
		Browser browser = new Browser(this.port);

		assertThat(browser.get("/", "Cookie", "a=" + "b".repeat(10_000)).statusCode()).isEqualTo(431);
		assertThat(browser.get("/live/" + "a".repeat(10_000)).statusCode()).isIn(414, 431);
		assertThat(browser.get("/", "Cookie", "a=" + "b".repeat(6_000)).statusCode())
			.as("a big but allowed cookie").isEqualTo(200);
	}

	/** The composer's form for a new entry, as the demo editor's browser sends it over HTTP. */
	private HttpResponse<String> sendNewEntry(LiveBlog blog, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("submissionToken", UUID.randomUUID().toString());
		return CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR)
			.post(this.port, "/admin/live/" + blog.getSlug() + "/entries", form);
	}

	/** The composer shown again as refused (422), with the text kept whole; its form. */
	private static Element composerShownAgainWith(HttpResponse<String> response, String body) {
		assertThat(response.statusCode()).isEqualTo(422);
		Element form = Browser.parse(response).selectFirst("form#composer");
		assertThat(form.selectFirst("textarea#body").wholeText()).isEqualTo(body);
		return form;
	}

}
