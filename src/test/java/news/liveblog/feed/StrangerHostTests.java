package news.liveblog.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.ServerTest;
import news.liveblog.TestBlogs;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stranger's {@code Host} (and {@code X-Forwarded-*} headers) on the request that renders a page names no
 * address in it: the feed page kept in memory for every later reader, an entry's page, the Atom feed, the
 * sitemap and the JSON API (which CDNs keep too) all give the configured public address.
 */
@ServerTest
class StrangerHostTests {

	private static final String STRANGER = "evil.example";

	private static final String[] STRANGERS_HEADERS = { "Host: " + STRANGER, "X-Forwarded-Host: " + STRANGER,
			"X-Forwarded-Proto: http", "X-Forwarded-Port: 80", "Forwarded: host=" + STRANGER + ";proto=http" };

	@LocalServerPort
	private int port;

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Entries entries;

	@Test
	void theFeedPageRenderedForAStrangersHostGivesEveryLaterReaderTheConfiguredAddresses() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		Entry entry = TestBlogs.publish(this.entries, blog, "Just published.", Instant.now());
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
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		Entry entry = TestBlogs.publish(this.entries, blog, "Just published.", Instant.now());
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
			.contains("<id>" + feed + "</id>")
			.contains("<id>" + permalink + "</id>")
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

}
