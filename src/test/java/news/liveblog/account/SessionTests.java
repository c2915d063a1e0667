package news.liveblog.account;

import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import news.liveblog.CookieBrowser;
import news.liveblog.Browser;
import news.liveblog.ServerTest;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office session on the real server, as a browser holds it: none before sign-in, an id worthless
 * once signed out, never an id in an address, and an end after half an hour left idle.
 */
@ServerTest
class SessionTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ServletContext servletContext;

	@Test
	void theSessionIdChangesAtSignInAndIsWorthlessOnceSignedOut() throws Exception {
		assertThat(new Browser(this.port).get("/admin/login").headers().allValues("Set-Cookie"))
			.as("no session before signing in")
			.noneSatisfy((cookie) -> assertThat(cookie).startsWith("SESSION="));
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		String signedIn = editor.sessionCookie().orElseThrow();
		assertThat(withCookie("/admin", signedIn).statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = editor.post(this.port, "/admin/logout", Map.of());

		assertThat(signedOut.statusCode()).isEqualTo(302);
		HttpResponse<String> replayed = withCookie("/admin", signedIn);
		assertThat(replayed.statusCode()).as("the old id after signing out").isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).contains(SignedIn.LOGIN_PAGE));
	}

	@Test
	void theSessionIdNeverTravelsInAnAddress() throws Exception {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		Document dashboard = Jsoup.parse(editor.get(this.port, "/admin").body());
		assertThat(dashboard.select("a[href], form[action]")).isNotEmpty()
			.allSatisfy((element) -> assertThat(element.attr("href") + element.attr("action"))
				.doesNotContainIgnoringCase("jsessionid"));

		// Not even accepted from one: an id in the path could be a fixation attempt.
		String id = editor.sessionCookie().orElseThrow();
		HttpResponse<String> inPath = new Browser(this.port).get("/admin;jsessionid=" + id);
		assertThat(inPath.statusCode()).isIn(302, 400);
		assertThat(inPath.body()).doesNotContain("Signed in as");
	}

	@Test
	void anIdleSessionEndsAfterThirtyMinutes() {
		assertThat(this.servletContext.getSessionTimeout()).as("minutes").isEqualTo(30);
	}

	private HttpResponse<String> withCookie(String path, String sessionId) {
		return new Browser(this.port).get(path, "Cookie", "SESSION=" + sessionId);
	}

}
