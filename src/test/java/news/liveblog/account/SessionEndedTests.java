package news.liveblog.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office without JavaScript, over real HTTP with sessions in PostgreSQL, when a session ends under
 * an editor's form or a form's token grew stale: never an error page, always the way back to the form's
 * page; and an editor at an admin's address gets the back office's own 403 page.
 */
@ServerTest
class SessionEndedTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFormSentAfterTheSessionEndedLeadsThroughSignInBackToTheComposer() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		CookieBrowser browser = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		String composer = "/admin/live/" + blog.getSlug();
		String csrf = CookieBrowser.csrf(browser.get(this.port, composer).body());
		endSession(browser);

		HttpResponse<String> sent = browser.post(this.port, composer + "/entries", CookieBrowser.form("body",
				"Written as the session ran out", "submissionToken", UUID.randomUUID().toString(), "action", "publish",
				"_csrf", csrf));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(SignedIn.LOGIN_PAGE + "?expired");
		HttpResponse<String> signInPage = browser.get(this.port, SignedIn.LOGIN_PAGE + "?expired");
		assertThat(signInPage.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(signInPage.body()).selectFirst("main p.flash-problem").text())
			.startsWith("Your session had ended, so nothing was sent.");
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).isEmpty();

		HttpResponse<String> signedIn = browser.post(this.port, SignedIn.LOGIN_PAGE, CookieBrowser.form("username",
				DemoAccounts.EDITOR, "password", DemoAccounts.EDITOR, "_csrf", CookieBrowser.csrf(signInPage.body())));

		String back = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(back).as("back to the composer the form belongs to").contains(composer + "?resume");
		HttpResponse<String> page = browser.get(this.port, back.substring(back.indexOf("/admin")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("form#composer textarea[name=body]")).hasSize(1);
	}

	@Test
	void aStaleFormOfALiveSessionGoesBackToItsPageSayingNothingWasSent() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		CookieBrowser browser = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		String composer = "/admin/live/" + blog.getSlug();
		browser.get(this.port, composer);

		// As a form from before the editor signed in again in another tab: a token of another session.
		HttpResponse<String> sent = browser.post(this.port, composer + "/entries", CookieBrowser.form("body",
				"Sent from an old tab", "submissionToken", UUID.randomUUID().toString(), "action", "publish", "_csrf",
				"c3RhbGUtdG9rZW4tZnJvbS1hbm90aGVyLXNlc3Npb24"));

		assertThat(sent.statusCode()).isEqualTo(302);
		String back = sent.headers().firstValue("Location").orElseThrow();
		assertThat(back).endsWith(composer + "?resume");
		Document page = Jsoup.parse(browser.get(this.port, back.substring(back.indexOf("/admin"))).body());
		assertThat(page.selectFirst(".flash-problem").text()).startsWith("Nothing was sent: this form was out of date");
		assertThat(page.select("form#composer")).hasSize(1);
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).isEmpty();
	}

	@Test
	void theComposersSessionCheckKeepsTheSessionAndGivesTheCurrentTokenOrABare401() throws Exception {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);

		HttpResponse<String> alive = editor.get(this.port, "/admin/session");

		assertThat(alive.statusCode()).isEqualTo(204);
		assertThat(alive.headers().firstValue("X-CSRF-TOKEN")).isPresent();
		assertThat(alive.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

		// As the composer's script asks.
		HttpResponse<String> ended = new Browser(this.port).get("/admin/session", "Accept", "application/json");
		assertThat(ended.statusCode()).isEqualTo(401);
		assertThat(ended.headers().firstValue("Set-Cookie")).as("no session kept for a stranger's check").isEmpty();
	}

	@Test
	void aLiveRegionsFetchAfterTheSessionEndedGetsABare401AndNeverBecomesThePageToComeBackTo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		CookieBrowser browser = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		String fragment = "/admin/live/" + blog.getSlug() + "/entries?fragment=list";
		assertThat(browser.get(this.port, fragment, "X-Requested-With", "XMLHttpRequest").statusCode()).isEqualTo(200);
		endSession(browser);

		// As desk.js asks for a region, and presence.js for the dashboard's figures.
		for (String call : new String[] { fragment, "/admin?fragment=blogs", "/admin/desk/readers" }) {
			HttpResponse<String> answer = browser.get(this.port, call, "Accept", "text/html", "X-Requested-With",
					"XMLHttpRequest");
			assertThat(answer.statusCode()).as(call).isEqualTo(401);
			assertThat(answer.body()).as("no sign-in page to put in the region").isEmpty();
			assertThat(answer.headers().allValues("Set-Cookie")).as("no return address")
				.noneMatch((cookie) -> cookie.startsWith(ReturnAddress.COOKIE_NAME + "=") && !cookie.contains("Max-Age=0"));
		}

		// Signing in again leads to the dashboard, not to a bare fragment.
		HttpResponse<String> signInPage = browser.get(this.port, SignedIn.LOGIN_PAGE);
		HttpResponse<String> signedIn = browser.post(this.port, SignedIn.LOGIN_PAGE, CookieBrowser.form("username",
				DemoAccounts.EDITOR, "password", DemoAccounts.EDITOR, "_csrf", CookieBrowser.csrf(signInPage.body())));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("fragment");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/accounts", "/admin/blogs/new", "/admin/audit" })
	void anEditorAtAnAdminsAddressGetsTheBackOfficesOwnPage(String path) {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);

		HttpResponse<String> answer = editor.get(this.port, path);

		assertThat(answer.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("For admins only");
		assertThat(page.selectFirst(".admin-signout span").text()).as("in the back office, signed in")
			.isEqualTo("Signed in as Demo Editor");
		assertThat(page.selectFirst("main a[href=/admin]")).isNotNull();
		assertThat(answer.body()).doesNotContain("The address or the request is not valid");
	}

	@Test
	void anEditorPostingToAnAdminsAddressGetsTheSamePage() {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		String csrf = CookieBrowser.csrf(editor.get(this.port, "/admin").body());

		HttpResponse<String> answer = editor.post(this.port, "/admin/blogs",
				CookieBrowser.form("slug", Newsroom.uniqueSlug(), "title", "Sneaky", "_csrf", csrf));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(answer.body()).selectFirst("h1").text()).isEqualTo("For admins only");
	}

	/** As a timeout, a password reset or signing out elsewhere does: the session's row is gone. */
	private void endSession(CookieBrowser browser) {
		String id = new String(Base64.getDecoder().decode(browser.sessionCookie().orElseThrow()), StandardCharsets.UTF_8);
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", id)).isEqualTo(1);
	}

}
