package news.liveblog.feed;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A blog whose address (slug) changed keeps every link ever shared: each old address answers a permanent
 * redirect to the same page at the new one, query kept, in one hop however often it moved; the page kept
 * in memory under the old address is never served again, on any instance; a draft's new address stays
 * secret.
 */
@ServerTest
class OldAddressesTests {

	private static final Instant MORNING = Instant.parse("2026-06-01T08:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void everyOldAddressRedirectsPermanentlyToTheSameAddressUnderTheNewSlugWithItsQuery() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Said before the move.", MORNING);
		String old = blog.getSlug();
		// Read under the old address first, so its page is in memory for the fast path.
		assertThat(browser().get("/live/" + old).body()).contains("Said before the move.");
		String moved = this.newsroom.move(blog, Newsroom.uniqueSlug()).getSlug();
		long id = entry.getId();

		// First a request the feed refuses (a cursor of the other order), while the old page is still in memory.
		String[] addresses = { "?order=oldest&before=" + id, "", "?utm_source=social&x=%C3%A9", "?before=" + id,
				"?order=oldest&after=" + id, "/entries/" + id, "/entries/" + id + "?utm_source=mail", "/entries/" + id + "/revisions",
				"/feed.atom", "/events?since=0" };
		for (String address : addresses) {
			assertRedirects("/live/" + old + address, "/live/" + moved + address);
		}
		assertRedirects("/api/live/" + old + "/entries?limit=5&before=" + id,
				"/api/live/" + moved + "/entries?limit=5&before=" + id);

		assertThat(browser().get("/live/" + moved).body()).contains("Said before the move.");
		assertThat(browser().get("/live/" + moved + "/entries/" + id).statusCode()).isEqualTo(200);
		String sitemap = browser().get("/sitemap.xml").body();
		assertThat(sitemap).contains("/live/" + moved + "<").doesNotContain("/live/" + old + "<");
	}

	@Test
	void aBlogMovedTwiceRedirectsFromEachOldAddressInOneHop() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String first = blog.getSlug();
		String second = Newsroom.uniqueSlug();
		blog = this.newsroom.move(blog, second);
		String third = this.newsroom.move(blog, Newsroom.uniqueSlug()).getSlug();

		assertRedirects("/live/" + first + "?order=oldest", "/live/" + third + "?order=oldest");
		assertRedirects("/live/" + second, "/live/" + third);
		assertThat(browser().get("/live/" + third).statusCode()).isEqualTo(200);
	}

	@Test
	void aDraftsOldAddressIsNotFoundAndGivesNothingAway() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String old = blog.getSlug();
		LiveBlogSettings now = blog.settings();
		String secret = Newsroom.uniqueSlug();
		this.newsroom.liveBlogs().update(old, blog.getVersion(), new LiveBlogSettings(secret, now.title(), now.summary(),
				now.language(), now.timeZone(), LiveBlogStatus.DRAFT, now.coverageStart(), now.coverageEnd()),
				Newsroom.DESK);

		for (String address : new String[] { "/live/" + old, "/live/" + old + "/feed.atom",
				"/api/live/" + old + "/entries", "/live/" + old + "/events" }) {
			HttpResponse<String> response = browser().get(address);
			assertThat(response.statusCode()).as(address).isEqualTo(404);
			assertThat(response.headers().firstValue("Location")).isEmpty();
			assertThat(response.body()).doesNotContain(secret);
		}
	}

	@Test
	void anotherInstanceStopsServingTheOldAddressesPageAndRedirects() {
		try (SecondInstance instanceB = SecondInstance.start()) {
			LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
			this.newsroom.publish(blog, "Cached on the other instance.", MORNING);
			Browser onB = new Browser(instanceB.port());
			String old = blog.getSlug();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> onB.get("/live/" + old).body().contains("Cached on the other instance."));

			String moved = this.newsroom.move(blog, Newsroom.uniqueSlug()).getSlug();

			// Told by LISTEN/NOTIFY, as for any change; two seconds is the bound on "at once" here.
			await().atMost(Duration.ofSeconds(2)).until(() -> onB.get("/live/" + old).statusCode() == 301);
			assertThat(onB.get("/live/" + old).headers().firstValue("Location")).hasValue("/live/" + moved);
			assertThat(onB.get("/live/" + moved).body()).contains("Cached on the other instance.");
		}
	}

	private void assertRedirects(String from, String to) {
		HttpResponse<String> response = browser().get(from);
		assertThat(response.statusCode()).as(from).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).as(from).hasValue(to);
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
