package news.liveblog.account;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are stored for editors who sign in, and for nobody else: a stranger's requests, to public pages
 * or to the back office, sign-in page included, leave the session table as it was. On the real server,
 * with sessions in PostgreSQL.
 */
@ServerTest
class StrangerSessionsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aBurstOfStrangersRequestsStoresNoSession() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		long since = Instant.now().toEpochMilli();
		Browser stranger = new Browser(this.port);

		for (int i = 0; i < 50; i++) {
			HttpResponse<String> composer = stranger.get("/admin/live/" + blog.getSlug());
			assertThat(composer.statusCode()).isEqualTo(302);
			assertThat(composer.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).endsWith(SignedIn.LOGIN_PAGE));
			assertThat(stranger.post("/", "a=1").statusCode()).isIn(403, 405);
			assertThat(stranger.post("/live/" + blog.getSlug(), "a=1").statusCode()).isIn(403, 405);
			assertThat(stranger.get("/admin/accounts").statusCode()).isEqualTo(302);
			HttpResponse<String> signIn = stranger.get(SignedIn.LOGIN_PAGE);
			assertThat(signIn.statusCode()).isEqualTo(200);
			assertThat(setCookies(signIn)).noneSatisfy((cookie) -> assertThat(cookie).startsWith("SESSION="));
		}
		for (int i = 0; i < 5; i++) {
			assertThat(new CookieBrowser().signIn(this.port, "nobody-" + i, "a guess").headers().firstValue("Location"))
				.hasValue(SignedIn.LOGIN_PAGE + "?error=badCredentials");
		}

		assertThat(sessionsStoredSince(since)).as("sessions stored for strangers").isZero();
	}

	@Test
	void signingInStoresOneSessionAndGoesBackToThePageAskedForByARelativeAddress() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		long since = Instant.now().toEpochMilli();
		CookieBrowser browser = new CookieBrowser();

		assertThat(browser.get(this.port, "/admin/live/" + blog.getSlug()).statusCode()).isEqualTo(302);
		HttpResponse<String> signedIn = browser.signIn(this.port, DemoAccounts.EDITOR, DemoAccounts.EDITOR);

		assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin/live/" + blog.getSlug());
		assertThat(browser.get(this.port, "/admin/live/" + blog.getSlug()).statusCode()).isEqualTo(200);
		assertThat(sessionsStoredSince(since)).isEqualTo(1);
	}

	private long sessionsStoredSince(long epochMillis) {
		return this.jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(epochMillis)
			.query(Long.class)
			.single();
	}

	private static List<String> setCookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie");
	}

}
