package news.liveblog.feed;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.feed.fastpath.PageVariant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blog's embed ({@code /live/{slug}/embed}), as partners' frames get it: the feed without the site around
 * it, live, kept in memory like the feed and answered alike from there; the one page other sites may frame
 * (any, by default), never setting a cookie; gone when the blog is. And the code the back office gives to
 * paste, with {@code /embed.js}.
 */
@ServerTest
class PartnerEmbedTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private PublicPageCache cache;

	@Test
	void theEmbedIsTheLiveFeedWithoutTheSiteAroundItAndEveryLinkOpensOutsideTheFrame() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		Entry keyEvent = this.newsroom.publishKeyEvent(blog, "L’accord est signé", "Les deux parties ont signé.",
				Instant.parse("2026-03-02T08:05:00Z"));
		Entry pinned = this.newsroom.publish(blog, "À lire d’abord.", Instant.parse("2026-03-02T08:00:00Z"));
		this.newsroom.pin(blog, pinned);
		Entry newest = this.newsroom.publish(blog, "Dernière minute.", Instant.parse("2026-03-02T08:10:00Z"));

		HttpResponse<String> response = browser().get(embed(blog));

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".site-header, .site-footer, .skip-link, .feed-order")).as("the site around").isEmpty();
		assertThat(page.select(".feed-entries > article.entry").eachAttr("id")).containsExactly("entry-" + newest.getId(),
				"entry-" + keyEvent.getId(), "entry-" + pinned.getId());
		assertThat(page.select(".key-events a").eachText()).anySatisfy((text) -> assertThat(text).contains("L’accord est signé"));
		assertThat(page.select(".feed-pinned article.entry")).hasSize(1);
		assertThat(page.selectFirst("main").attr("data-live-stream")).isEqualTo("/live/" + blog.getSlug() + "/events");
		assertThat(page.selectFirst(".badge").text()).isEqualTo("En direct");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.selectFirst("#entry-" + newest.getId() + " .entry-time").text()).isEqualTo("09:10");
		assertThat(page.select("h1").eachText()).as("the page's one heading").containsExactly(blog.getTitle());
		Element title = page.selectFirst("h1.embed-title > a");
		assertThat(title.text()).isEqualTo(blog.getTitle());
		assertThat(title.attr("href")).isEqualTo(TestSite.PUBLIC_URL + "/live/" + blog.getSlug());
		assertThat(title.attr("target")).isEqualTo("_blank");
		assertThat(title.attr("rel")).isEqualTo("noopener");
		// Permalinks, shared links and whatever the live stream brings: all open in a new browsing context.
		assertThat(page.select("head > base").eachAttr("target")).containsExactly("_blank");
		assertThat(page.select("head > base[href]")).isEmpty();
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("script[src]").eachAttr("src")).anySatisfy((src) -> assertThat(src).contains("/embed-frame-"));
	}

	@Test
	void onlyTheEmbedMayBeFramedByAnySiteAndItsPageFromMemoryIsAnsweredLikeTheRenderedOne() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Framed elsewhere.", Instant.now());

		HttpResponse<String> rendered = browser().get(embed(blog));
		assertThat(this.cache.current(blog.getSlug(), PageVariant.EMBED)).as("kept in memory").isNotNull();
		HttpResponse<String> fromMemory = browser().get(embed(blog));
		String etag = fromMemory.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> notModified = browser().get(embed(blog), "If-None-Match", etag);

		assertThat(fromMemory.body()).isEqualTo(rendered.body());
		assertThat(headers(fromMemory)).isEqualTo(headers(rendered));
		assertThat(notModified.statusCode()).isEqualTo(304);
		for (HttpResponse<String> response : List.of(rendered, fromMemory, notModified)) {
			assertThat(frameAncestors(response)).isEqualTo("*");
			assertThat(response.headers().allValues("X-Frame-Options")).isEmpty();
		}
		HttpResponse<String> feed = browser().get("/live/" + blog.getSlug());
		assertThat(etag).as("a tag of its own").isNotEqualTo(feed.headers().firstValue("ETag").orElseThrow());
		HttpResponse<String> unknown = browser().get("/live/no-such-blog-here/embed");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(frameAncestors(unknown)).as("its 404 shows in the partner's frame").isEqualTo("*");

		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		for (HttpResponse<String> other : List.of(feed, browser().get("/live/" + blog.getSlug()),
				browser().get("/live/" + blog.getSlug() + "/entries/" + entry.getId()), browser().get("/"),
				browser().get("/live/" + blog.getSlug() + "?order=oldest"), browser().get("/live/no-such-blog-here"),
				browser().get("/embed.js"), editor.get(this.port, "/admin"),
				editor.get(this.port, "/admin/live/" + blog.getSlug() + "/embed"))) {
			assertThat(frameAncestors(other)).as(other.uri().getPath()).isEqualTo("'none'");
			assertThat(other.headers().allValues("X-Frame-Options")).as(other.uri().getPath()).containsExactly("DENY");
		}
	}

	@Test
	void theEmbedNeverSetsACookie() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "No cookie.", Instant.now());

		for (HttpResponse<String> response : List.of(browser().get(embed(blog)), browser().get(embed(blog)),
				browser().get(embed(blog) + "?utm_source=partner"), browser().get("/embed.js"),
				browser().get(embed(blog), "Cookie", "SESSION=made-up"))) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
		}
	}

	@Test
	void theEmbedChangesWithTheFeedAndGoesWithIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Before.", Instant.now().minusSeconds(60));
		assertThat(browser().get(embed(blog)).body()).contains("Before.");
		assertThat(browser().get(embed(blog)).body()).as("from memory").contains("Before.");

		Entry after = this.newsroom.publish(blog, "After.", Instant.now());
		assertThat(browser().get(embed(blog)).body()).contains("After.");
		this.newsroom.retract(blog, after, "Wrong.");
		assertThat(browser().get(embed(blog)).body()).doesNotContain("After.");

		this.newsroom.withdraw(blog);
		assertThat(browser().get(embed(blog)).statusCode()).isEqualTo(404);
		assertThat(browser().get("/live/" + blog.getSlug()).statusCode()).isEqualTo(404);
	}

	@Test
	void theBackOfficeGivesTheCodeToPasteWithTheBlogsTitleEscapedForThePartnersPage() {
		String title = "Élection \"live\" <b>2026</b> & co";
		LiveBlog blog = this.newsroom.withdrawnLater(this.newsroom.liveBlogs()
			.open(new LiveBlogSettings(Newsroom.uniqueSlug(), title, "Summary", Locale.ENGLISH, ZoneId.of("Europe/London"),
					LiveBlogStatus.LIVE, Instant.parse("2026-01-01T08:00:00Z"), null), Newsroom.DESK));
		CookieBrowser contributor = CookieBrowser.signedIn(this.port, DemoAccounts.REPORTER);

		Document composer = Jsoup.parse(contributor.get(this.port, "/admin/live/" + blog.getSlug()).body());
		assertThat(composer.select(".composer-links a").eachAttr("href")).contains("/admin/live/" + blog.getSlug() + "/embed");
		HttpResponse<String> response = contributor.get(this.port, "/admin/live/" + blog.getSlug() + "/embed");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		String code = page.selectFirst("textarea#embed-code").text();
		assertThat(page.selectFirst("textarea#embed-code").hasAttr("readonly")).isTrue();
		Document pasted = Jsoup.parseBodyFragment(code);
		Element frame = pasted.selectFirst("iframe[data-liveblog-embed]");
		assertThat(frame.attr("src")).isEqualTo(TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/embed");
		assertThat(frame.attr("title")).isEqualTo(title);
		assertThat(frame.attr("style")).contains("height:800px");
		assertThat(pasted.select("b")).as("the title is text on the partner's page").isEmpty();
		assertThat(code).as("only what markup needs is escaped").contains("title=\"Élection &quot;live&quot; &lt;b&gt;2026");
		assertThat(pasted.select("script").eachAttr("src")).containsExactly(TestSite.PUBLIC_URL + "/embed.js");
		assertThat(page.selectFirst(".embed-origins").text()).isEqualTo("Any site may show it.");
		assertThat(page.select("button[data-copy-target=embed-code]")).hasSize(1);
	}

	@Test
	void theHostPagesScriptTrustsOnlyThisSitesOriginAndIsCachedForADay() {
		HttpResponse<String> script = browser().get("/embed.js");

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type.toLowerCase(Locale.ROOT)).isEqualTo("text/javascript;charset=utf-8"));
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
		assertThat(script.body()).contains("var ORIGIN = '" + TestSite.PUBLIC_URL + "';").doesNotContain("__LIVEBLOG");
		assertThat(script.headers().firstValue("Access-Control-Allow-Origin")).as("a script needs no CORS").isEmpty();
		String etag = script.headers().firstValue("ETag").orElseThrow();
		assertThat(browser().get("/embed.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	private static String embed(LiveBlog blog) {
		return "/live/" + blog.getSlug() + "/embed";
	}

	private static String frameAncestors(HttpResponse<String> response) {
		String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		for (String directive : policy.split(";")) {
			String[] parts = directive.strip().split("\\s+", 2);
			if (parts[0].equals("frame-ancestors")) {
				return parts[1];
			}
		}
		throw new AssertionError("No frame-ancestors in " + policy);
	}

	/** The headers a reader's browser acts on, whoever wrote them (the date aside). */
	private static Map<String, List<String>> headers(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		headers.remove("date");
		return headers;
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
