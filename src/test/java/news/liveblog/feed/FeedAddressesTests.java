package news.liveblog.feed;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a reader types into the address bar, a public page answers with a page or a 4xx that says
 * what is wrong, never a 500; each entry has one address, its id in plain decimal; an entry readers never
 * had is as unknown as an id never used, everywhere.
 */
@ServerTest
class FeedAddressesTests {

	private static final Instant MORNING = Instant.parse("2026-04-02T08:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aCursorOfTheOtherOrderGetsA400PageInTheBlogsLanguageSayingWhatWorks() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		Entry entry = this.newsroom.publish(blog, "Une entrée.", MORNING);
		String feed = "/live/" + blog.getSlug();

		HttpResponse<String> inOrderBefore = browser().get(feed + "?order=oldest&before=" + entry.getId(),
				"Accept-Language", "en");
		assertThat(inOrderBefore.statusCode()).isEqualTo(400);
		Document page = Browser.parse(inOrderBefore);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.selectFirst(".error-problem").text()).contains("after=").contains("before=");
		assertThat(page.select("a[href=" + feed + "]")).as("a way back to the blog").isNotEmpty();

		HttpResponse<String> afterNewestFirst = browser().get(feed + "?after=" + entry.getId());
		assertThat(afterNewestFirst.statusCode()).isEqualTo(400);
		assertThat(Browser.parse(afterNewestFirst).selectFirst(".error-problem").text()).contains("order=oldest");

		assertThat(browser().get("/live/no-such-blog?order=oldest&before=" + entry.getId()).statusCode())
			.as("no blog there, whatever the parameters").isEqualTo(404);
	}

	@Test
	void everyCombinationOfTheFeedsParametersGetsAPageOrA4xxNeverA500() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "An update.", MORNING);
		String id = String.valueOf(entry.getId());
		List<String> orders = List.of("", "order=", "order=oldest", "order=newest", "order=sideways",
				"order=oldest&order=newest");
		List<String> cursors = List.of("", "before=" + id, "before=", "before=abc", "before=0x1", "after=" + id,
				"after=", "after=-1", "before=" + id + "&after=" + id, "before=" + id + "&before=" + id);
		List<String> others = List.of("", "page=2", "utm_source=social");
		List<String> fiveHundreds = new ArrayList<>();
		for (String order : orders) {
			for (String cursor : cursors) {
				for (String other : others) {
					String query = String.join("&", List.of(order, cursor, other).stream().filter((p) -> !p.isEmpty()).toList());
					String uri = "/live/" + blog.getSlug() + (query.isEmpty() ? "" : "?" + query);
					int status = browser().get(uri).statusCode();
					if (status >= 500 || !List.of(200, 400, 404).contains(status)) {
						fiveHundreds.add(uri + " -> " + status);
					}
				}
			}
		}
		assertThat(fiveHundreds).isEmpty();
		// The ones a reader meets: the pages, the parameters they do not know ignored.
		assertThat(browser().get("/live/" + blog.getSlug() + "?order=newest&before=" + id).statusCode()).isEqualTo(200);
		assertThat(browser().get("/live/" + blog.getSlug() + "?order=oldest&after=" + id + "&page=3").statusCode())
			.isEqualTo(200);
		assertThat(browser().get("/live/" + blog.getSlug() + "?utm_source=social").body()).contains("An update.");
	}

	@Test
	void anEntryIdServesItsPageOnlyInPlainDecimal() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Reachable one way.", MORNING);
		String base = "/live/" + blog.getSlug();
		long id = entry.getId();
		assertThat(browser().get(base + "/entries/" + id).statusCode()).isEqualTo(200);
		assertThat(browser().get(base + "/entries/" + id + "/revisions").statusCode()).isEqualTo(200);
		assertThat(browser().get(base + "?before=" + id).statusCode()).isEqualTo(200);
		assertThat(browser().get("/api/live/" + blog.getSlug() + "/entries?before=" + id).statusCode()).isEqualTo(200);

		for (String form : otherSpellings(id)) {
			assertThat(browser().get(base + "/entries/" + form).statusCode()).as("permalink %s", form).isEqualTo(404);
			assertThat(browser().get(base + "/entries/" + form + "/revisions").statusCode()).as("revisions %s", form)
				.isEqualTo(404);
			assertThat(browser().get(base + "?before=" + form).statusCode()).as("?before=%s", form).isEqualTo(404);
			assertThat(browser().get(base + "?order=oldest&after=" + form).statusCode()).as("&after=%s", form)
				.isEqualTo(404);
			HttpResponse<String> api = browser().get("/api/live/" + blog.getSlug() + "/entries?before=" + form);
			assertThat(api.statusCode()).as("API ?before=%s", form).isEqualTo(400);
			assertThat(api.body()).contains("plain decimal");
		}
	}

	@Test
	void anEntryReadersNeverHadIsAsUnknownAsAnIdNeverUsedAsACursor() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Public.", MORNING);
		Entry scheduled = this.newsroom.write(blog, EntryText.of("Embargoed until noon."),
				Publication.scheduled(Instant.now().plusSeconds(3_600)));
		Entry draft = this.newsroom.write(blog, EntryText.of("A draft."), Publication.draft());
		String base = "/live/" + blog.getSlug();
		String api = "/api/live/" + blog.getSlug() + "/entries";

		for (long id : new long[] { scheduled.getId(), draft.getId(), 999_999_999L }) {
			assertThat(browser().get(base + "?before=" + id).statusCode()).as("?before=%s", id).isEqualTo(404);
			assertThat(browser().get(base + "?order=oldest&after=" + id).statusCode()).as("after=%s", id).isEqualTo(404);
			assertThat(browser().get(base + "/entries/" + id).statusCode()).as("permalink %s", id).isEqualTo(404);
			assertThat(browser().get(api + "?before=" + id).statusCode()).as("API before=%s", id).isEqualTo(400);
		}
	}

	@Test
	void theErrorPagesOwnAddressIsNoPage() {
		HttpResponse<String> response = browser().get("/error", "Accept-Language", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Browser.parse(response).selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(browser().get("/%65rror").statusCode()).isEqualTo(404);
	}

	/** Ways of writing an id that Java's number parsing would also read as it. */
	private static List<String> otherSpellings(long id) {
		String decimal = String.valueOf(id);
		return List.of("0x" + Long.toHexString(id), "%2B" + decimal, "+" + decimal, "%20" + decimal,
				decimal + "%20", "0" + decimal, encode(digits(decimal, '\u0660')), encode(digits(decimal, '\uFF10')),
				encode(digits(decimal, '\u06F0')));
	}

	private static String digits(String decimal, char zero) {
		StringBuilder other = new StringBuilder();
		decimal.chars().forEach((c) -> other.append((char) (zero + (c - '0'))));
		return other.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
