package news.liveblog.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.CookieBrowser;
import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response tells the browser the same: run only the site's own scripts, never be framed,
 * never guess a content type or a charset, send other sites no page address. That includes the feed served from memory
 * before the security chain, static files, the live stream, the back office, error pages and the errors
 * Jetty answers by itself. The templates need no exception: no inline script, handler or style.
 */
@ServerTest
class SecurityHeadersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void publicPagesIncludingTheFeedServedFromMemory() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Headers everywhere.", Instant.now());
		String feed = "/live/" + blog.getSlug();

		HttpResponse<String> rendered = browser().get(feed);
		HttpResponse<String> fromMemory = browser().get(feed);
		String etag = fromMemory.headers().firstValue("ETag").orElseThrow();

		assertProtected("the feed as rendered", rendered);
		assertProtected("the feed from memory", fromMemory);
		assertProtected("a 304 for the feed", browser().get(feed, "If-None-Match", etag));
		assertProtected("the front page", browser().get("/"));
		assertProtected("the feed in order", browser().get(feed + "?order=oldest"));
		assertProtected("a permalink", browser().get(feed + "/entries/" + entry.getId()));
		assertProtected("the Atom feed", browser().get(feed + "/feed.atom"));
	}

	@Test
	void staticFiles() {
		Document page = Browser.parse(browser().get("/live/zelensky-otan-bruxelles"));
		assertProtected("the stylesheet", browser().get(page.selectFirst("link[rel=stylesheet]").attr("href")));
		assertProtected("the live script", browser().get(page.selectFirst("script[src]").attr("src")));
	}

	@Test
	void theLiveStream() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		HttpResponse<InputStream> stream = this.http.send(
				request("/live/" + blog.getSlug() + "/events").header("Accept", "text/event-stream").build(),
				BodyHandlers.ofInputStream());
		try (InputStream body = stream.body()) {
			assertThat(stream.statusCode()).isEqualTo(200);
			assertProtected("the live stream", stream.statusCode(), stream.headers());
		}
	}

	@Test
	void theBackOffice() {
		assertProtected("the sign-in page", browser().get("/admin/login"));
		assertProtected("the redirect to sign in", browser().get("/admin"));
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		assertProtected("the dashboard", editor.get(this.port, "/admin"));
		assertProtected("a forbidden admin page", editor.get(this.port, "/admin/accounts"));
		assertProtected("a refused form without its token",
				browser().post("/admin/live/zelensky-otan-bruxelles/entries", "body=x"));
	}

	@Test
	void errorPages() {
		HttpResponse<String> notFound = browser().get("/live/no-such-blog");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertProtected("the 404 page", notFound);
		assertProtected("a malformed id", browser().get("/live/zelensky-otan-bruxelles/entries/abc"));
	}

	@Test
	void errorsJettyAnswersByItself() {
		HttpResponse<String> hugeHeader = browser().get("/", "X-Padding", "x".repeat(20_000));
		assertThat(hugeHeader.statusCode()).isEqualTo(431);
		assertProtected("headers too large", hugeHeader);

		HttpResponse<String> badAddress = browser().get("/live/a%00b");
		assertThat(badAddress.statusCode()).isEqualTo(400);
		assertProtected("a malformed address", badAddress);
	}

	@Test
	void noOtherSiteIsAllowedToReadResponses() {
		for (String path : List.of("/", "/live/zelensky-otan-bruxelles?order=oldest", "/admin/login", "/actuator/health")) {
			HttpResponse<String> response = browser().get(path, "Origin", "https://evil.example");
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
			assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();
		}
	}

	@Test
	void onlyTheMethodsInUseAreAnsweredAndNothingIsListedOrServedBeyondPagesAndAssets() throws Exception {
		HttpResponse<String> trace = this.http.send(request("/").method("TRACE", HttpRequest.BodyPublishers.noBody())
			.header("X-Probe", "echo me")
			.build(), BodyHandlers.ofString());
		assertThat(trace.statusCode()).isIn(400, 405);
		assertThat(trace.body()).doesNotContain("echo me");
		HttpResponse<String> delete = this.http.send(
				request("/live/zelensky-otan-bruxelles").method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
				BodyHandlers.ofString());
		assertThat(delete.statusCode()).isIn(403, 405);

		for (String path : List.of("/assets/", "/assets/css/", "/assets/js/", "/css/liveblog.css", "/static/", "/.git/config", "/application.properties",
				"/META-INF/MANIFEST.MF", "/WEB-INF/web.xml", "/templates/error.html", "/db/migration/")) {
			assertThat(browser().get(path).statusCode()).as(path).isIn(400, 404);
		}
	}

	@Test
	void templatesHoldNoInlineScriptHandlerOrStyle() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
			assertThat(templates).isNotEmpty();
			for (Path template : templates) {
				Document page = Jsoup.parse(Files.readString(template));
				assertThat(page.select("style")).as("style element in %s", template).isEmpty();
				for (Element script : page.select("script")) {
					boolean external = script.hasAttr("src") || script.hasAttr("th:src");
					boolean data = script.attr("type").equals("application/ld+json");
					assertThat(external || data).as("inline script in %s", template).isTrue();
				}
				for (Element element : page.getAllElements()) {
					for (Attribute attribute : element.attributes()) {
						String name = attribute.getKey().toLowerCase(Locale.ROOT).replaceFirst("^th:", "");
						assertThat(name).as("attribute of <%s> in %s", element.tagName(), template)
							.isNotEqualTo("style")
							.doesNotStartWith("on");
					}
				}
			}
		}
	}

	private static void assertProtected(String what, HttpResponse<String> response) {
		assertProtected(what, response.statusCode(), response.headers());
	}

	private static void assertProtected(String what, int status, HttpHeaders headers) {
		String where = what + " (" + status + ")";
		assertThat(headers.allValues("Content-Security-Policy")).as("CSP of " + where).hasSize(1);
		Map<String, String> policy = directives(headers.firstValue("Content-Security-Policy").orElseThrow());
		assertThat(policy.get("script-src")).as("script-src of " + where)
			.isEqualTo("'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(policy.get("style-src")).as("style-src of " + where).isEqualTo("'self'");
		assertThat(policy.get("object-src")).as("object-src of " + where).isEqualTo("'none'");
		assertThat(policy.get("base-uri")).as("base-uri of " + where).isEqualTo("'none'");
		assertThat(policy.get("frame-ancestors")).as("frame-ancestors of " + where).isEqualTo("'none'");
		assertThat(headers.allValues("X-Content-Type-Options")).as("nosniff on " + where).containsExactly("nosniff");
		assertThat(headers.allValues("X-Frame-Options")).as("framing on " + where).containsExactly("DENY");
		assertThat(headers.allValues("Referrer-Policy")).as("referrer policy of " + where)
			.containsExactly("strict-origin-when-cross-origin");
		headers.firstValue("Content-Type")
			.filter((type) -> type.startsWith("text/") || type.contains("xml"))
			.ifPresent((type) -> assertThat(type).as("charset of " + where).containsIgnoringCase("charset="));
		assertThat(headers.firstValue("Server")).as("server version on " + where).isEmpty();
		assertThat(headers.firstValue("X-Powered-By")).as("X-Powered-By on " + where).isEmpty();
	}

	private static Map<String, String> directives(String policy) {
		return Stream.of(policy.split(";"))
			.map(String::strip)
			.filter((directive) -> !directive.isEmpty())
			.map((directive) -> directive.split("\\s+", 2))
			.collect(java.util.stream.Collectors.toMap((parts) -> parts[0], (parts) -> (parts.length > 1) ? parts[1] : ""));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
