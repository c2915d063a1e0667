package news.liveblog.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed is served from memory, rendered once per change: a reader who has the current page gets a 304,
 * a retracted entry is gone from the very next response, and a crowd arriving after a change causes one
 * render. What is kept names the configured public address, whatever host the request that rendered it
 * named: the feed page kept in memory, and the entry's page, the Atom feed, the sitemap and the JSON API that
 * CDNs keep.
 */
@ServerTest
class FeedCachingTests {

	private static final String STRANGER = "evil.example";

	private static final String[] STRANGERS_HEADERS = { "Host: " + STRANGER, "X-Forwarded-Host: " + STRANGER,
			"X-Forwarded-Proto: http", "X-Forwarded-Port: 80", "Forwarded: host=" + STRANGER + ";proto=http" };

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private PublicPageCache cache;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aReaderWhoHasTheCurrentPageGetsA304AndCdnsMayKeepItBriefly() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "First.", Instant.now());

		HttpResponse<String> first = browser().get(feed(blog));
		String etag = first.headers().firstValue("ETag").orElseThrow();

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=0, s-maxage=5, stale-while-revalidate=30");
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		HttpResponse<String> again = browser().get(feed(blog), "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		// Caches may send the tag among others, or without its weak prefix (RFC 9110 weak comparison).
		assertThat(browser().get(feed(blog), "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
		assertThat(browser().get(feed(blog), "If-None-Match", etag.substring(2)).statusCode()).isEqualTo(304);
		assertThat(browser().get(feed(blog), "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
	}

	@Test
	void everyPageMadeFromTheBlogsContentMayBeKeptAsBrieflyOnItsRevalidation() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Kept by the CDN as long after a 304 as after a 200.", Instant.now());

		for (String page : List.of("/live/" + blog.getSlug() + "/entries/" + entry.getId(),
				"/live/" + blog.getSlug() + "/feed.atom", "/api/live/" + blog.getSlug() + "/entries")) {
			HttpResponse<String> first = browser().get(page);
			HttpResponse<String> revalidated = browser().get(page, "If-None-Match",
					first.headers().firstValue("ETag").orElseThrow());

			assertThat(revalidated.statusCode()).as(page).isEqualTo(304);
			assertThat(revalidated.headers().firstValue("Cache-Control")).as(page)
				.isPresent()
				.isEqualTo(first.headers().firstValue("Cache-Control"));
		}
	}

	@Test
	void thePageServedFromMemoryIsAnsweredLikeTheRenderedOneWithTheSameHeaders() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Rendered once, then served from memory.", Instant.now());
		HttpResponse<String> rendered = browser().get(feed(blog));
		assertThat(this.cache.current(blog.getSlug())).as("the first request rendered and kept the page").isNotNull();

		HttpResponse<String> fromMemory = browser().get(feed(blog));

		assertThat(fromMemory.body()).isEqualTo(rendered.body());
		for (String header : List.of("ETag", "Cache-Control", "Last-Modified", "Content-Type", "Content-Language",
				"X-Content-Type-Options", "X-Frame-Options")) {
			assertThat(fromMemory.headers().firstValue(header)).as(header)
				.isPresent()
				.isEqualTo(rendered.headers().firstValue(header));
		}
		HttpResponse<String> head = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + feed(blog)))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Length"))
			.hasValue(String.valueOf(rendered.body().getBytes(StandardCharsets.UTF_8).length));
	}

	@Test
	void aRetractedEntryIsGoneFromTheVeryNextResponse() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry keep = this.newsroom.publish(blog, "Stays.", Instant.now().minusSeconds(60));
		Entry wrong = this.newsroom.publish(blog, "Legally problematic.", Instant.now());
		HttpResponse<String> before = browser().get(feed(blog));
		assertThat(Browser.parse(before).select("#entry-" + wrong.getId())).hasSize(1);

		this.newsroom.retract(blog, wrong, "Legal");

		HttpResponse<String> after = browser().get(feed(blog), "If-None-Match",
				before.headers().firstValue("ETag").orElseThrow());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).doesNotContain("Legally problematic.");
		assertThat(Browser.parse(after).select("#entry-" + keep.getId())).hasSize(1);
	}

	@Test
	void gzipReadersGetThePrecompressedSamePage() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Compressed or not, the same.", Instant.now());
		String plain = browser().get(feed(blog)).body();

		HttpResponse<byte[]> gzipped = send(feed(blog), "gzip");

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
	}

	@Test
	void pagesAreGzippedOnlyForReadersWhoAskWhetherJustRenderedOrFromMemoryAndSaySo() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Gzip when asked.", Instant.now());
		long rendersBefore = this.cache.renders();

		HttpResponse<byte[]> rendered = send(feed(blog), "gzip, deflate, br, zstd");
		HttpResponse<byte[]> fromMemory = send(feed(blog), "gzip, deflate, br, zstd");
		HttpResponse<byte[]> plain = send(feed(blog), "identity");

		assertThat(this.cache.renders() - rendersBefore).as("renders").isEqualTo(1);
		for (HttpResponse<byte[]> gzipped : List.of(rendered, fromMemory)) {
			assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(gzipped.headers().allValues("Vary")).contains("Accept-Encoding");
			assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
				assertThat(in.readAllBytes()).isEqualTo(plain.body());
			}
		}
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.headers().allValues("Vary")).contains("Accept-Encoding");
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("Gzip when asked.");
	}

	@Test
	void gzipWeightedZeroIsRefusedAndAnyOtherWeightOrTheWildcardAcceptsItWhetherJustRenderedOrFromMemory()
			throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Not acceptable means not sent.", Instant.now());
		long rendersBefore = this.cache.renders();

		HttpResponse<byte[]> rendered = send(feed(blog), "gzip;q=0");
		assertThat(this.cache.current(blog.getSlug())).as("the first request rendered and kept the page").isNotNull();
		for (String refusing : List.of("gzip;q=0", "br, gzip; q=0.000", "GZIP;Q=0, deflate", "*;q=0")) {
			HttpResponse<byte[]> fromMemory = send(feed(blog), refusing);
			assertThat(fromMemory.headers().firstValue("Content-Encoding")).as(refusing).isEmpty();
			assertThat(fromMemory.body()).as(refusing).isEqualTo(rendered.body());
		}
		assertThat(rendered.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("Not acceptable means not sent.");
		for (String accepting : List.of("gzip;q=0.5", "br;q=1, gzip;q=0.1", "*", "identity, *;q=0.2")) {
			HttpResponse<byte[]> gzipped = send(feed(blog), accepting);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(accepting).hasValue("gzip");
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
				assertThat(in.readAllBytes()).as(accepting).isEqualTo(rendered.body());
			}
		}
		assertThat(this.cache.renders() - rendersBefore).as("renders").isEqualTo(1);
	}

	@Test
	void aCrowdArrivingAfterARetractionCausesOneRenderAndNoneOfItSeesTheEntry() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry wrong = this.newsroom.publish(blog, "Everyone must stop seeing this one.", Instant.now());
		assertThat(browser().get(feed(blog)).body()).contains("Everyone must stop seeing this one.");
		this.newsroom.retract(blog, wrong, "Legal");
		long rendersBefore = this.cache.renders();

		List<Callable<String>> readers = Collections.nCopies(40, () -> browser().get(feed(blog)).body());
		try (ExecutorService crowd = Executors.newFixedThreadPool(20)) {
			for (Future<String> page : crowd.invokeAll(readers)) {
				assertThat(page.get()).contains("Test blog").doesNotContain("Everyone must stop seeing this one.");
			}
		}

		assertThat(this.cache.renders() - rendersBefore).isEqualTo(1);
	}

	@Test
	void aCrowdArrivingAfterANewEntryCausesOneRenderThenEveryoneGetsTheEntry() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		browser().get(feed(blog));
		this.newsroom.publish(blog, "Everyone wants this one.", Instant.now());
		long rendersBefore = this.cache.renders();

		// While the new page renders, readers may get the page before it: their live stream brings the entry.
		List<Callable<Integer>> readers = Collections.nCopies(40, () -> browser().get(feed(blog)).statusCode());
		try (ExecutorService crowd = Executors.newFixedThreadPool(20)) {
			for (Future<Integer> status : crowd.invokeAll(readers)) {
				assertThat(status.get()).isEqualTo(200);
			}
		}

		assertThat(this.cache.renders() - rendersBefore).isEqualTo(1);
		assertThat(browser().get(feed(blog)).body()).contains("Everyone wants this one.");
	}

	@Test
	void stylesheetAndScriptsHaveFingerprintedUrlsCachedForAYear() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Document page = Browser.parse(browser().get(feed(blog)));
		String css = page.selectFirst("link[rel=stylesheet]").attr("href");
		String js = page.selectFirst("script[type=module]").attr("src");

		assertThat(css).matches("/assets/css/liveblog-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/assets/js/live-[0-9a-f]{32}\\.js");
		HttpResponse<String> stylesheet = browser().get(css);
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=31536000").contains("public"));
	}

	@Test
	void theBackOfficeIsNeverCachedAndItsSessionCookieIsOutOfScriptsReach() {
		HttpResponse<String> login = browser().get("/admin/login");
		assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("no-store"));
		assertThat(login.headers().allValues("Set-Cookie")).as("the sign-in form's token, kept in a cookie")
			.isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
		assertThat(CookieBrowser.setCookie(
				new CookieBrowser().signIn(this.port, DemoAccounts.EDITOR, DemoAccounts.EDITOR), "SESSION"))
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void theFeedPageRenderedForAStrangersHostGivesEveryLaterReaderTheConfiguredAddresses() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Just published.", Instant.now());
		String feed = TestSite.PUBLIC_URL + "/live/" + blog.getSlug();

		String rendered = asStranger("/live/" + blog.getSlug());
		Document later = Browser.parse(new Browser(this.port).get("/live/" + blog.getSlug()));

		assertThat(rendered).doesNotContain(STRANGER);
		assertThat(later.html()).doesNotContain(STRANGER);
		assertThat(later.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(feed);
		assertThat(later.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(feed);
		assertThat(later.selectFirst("script[type=application/ld+json]").data()).contains("\"url\":\"" + feed + "\"");
		assertThat(later.selectFirst("#entry-" + entry.getId() + " .entry-share").attr("data-share-url"))
			.isEqualTo(feed + "/entries/" + entry.getId());
	}

	@Test
	void anEntrysPageTheAtomFeedTheSitemapAndTheApiForAStrangersHostGiveTheConfiguredAddresses() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Just published.", Instant.now());
		String feed = TestSite.PUBLIC_URL + "/live/" + blog.getSlug();
		String permalink = feed + "/entries/" + entry.getId();

		String page = asStranger("/live/" + blog.getSlug() + "/entries/" + entry.getId());
		String atom = asStranger("/live/" + blog.getSlug() + "/feed.atom");
		String sitemap = asStranger("/sitemap.xml");
		String robots = asStranger("/robots.txt");
		String api = asStranger("/api/live/" + blog.getSlug() + "/entries?limit=1");

		assertThat(page).doesNotContain(STRANGER);
		assertThat(Jsoup.parse(page).selectFirst(".entry-share").attr("data-share-url")).isEqualTo(permalink);
		assertThat(atom).doesNotContain(STRANGER)
			.contains("href=\"" + feed + "\"")
			.contains("href=\"" + permalink + "\"")
			.contains("<id>tag:liveblog.test,")
			.contains("href=\"" + feed + "/feed.atom\"");
		assertThat(sitemap).doesNotContain(STRANGER).contains("<loc>" + feed + "</loc>");
		assertThat(robots).doesNotContain(STRANGER).contains("Sitemap: " + TestSite.PUBLIC_URL + "/sitemap.xml");
		assertThat(api).doesNotContain(STRANGER)
			.contains("\"url\":\"" + permalink + "\"")
			.contains("\"url\":\"" + feed + "\"");
	}

	/**
	 * The response, head and body, to a GET with the stranger's headers. Over a socket of its own: Java's
	 * HTTP client sets {@code Host} itself and allows no other.
	 */
	private String asStranger(String path) {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			// HTTP/1.0: the server closes the connection after the answer, and sends the body unchunked.
			out.write(("GET " + path + " HTTP/1.0\r\n" + String.join("\r\n", STRANGERS_HEADERS) + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response.lines().findFirst().orElse("")).as(path).contains(" 200 ");
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<byte[]> send(String path, String encoding) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept-Encoding", encoding)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Browser browser() {
		return new Browser(this.port);
	}

	private static String feed(LiveBlog blog) {
		return "/live/" + blog.getSlug();
	}

}
