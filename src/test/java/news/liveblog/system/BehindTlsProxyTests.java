package news.liveblog.system;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy that terminates TLS, with {@code server.forward-headers-strategy=native} set as the README
 * says: the session cookie is {@code Secure} and browsers are told to stay on HTTPS. Absolute links name the
 * configured public address, whatever host the forwarded headers say. Without that setting, forwarded
 * headers are anybody's to send and are ignored.
 */
@ServerTest
class BehindTlsProxyTests {

	private static final String[] THROUGH_TLS_PROXY = { "X-Forwarded-Proto", "https", "X-Forwarded-Host",
			"news.example", "X-Forwarded-Port", "443" };

	@RegisterExtension
	static final SecondInstance behindProxy = SecondInstance
		.with("server.forward-headers-strategy=native", "liveblog.public-url=https://news.example")
		.forTheTestClass();

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void throughTheProxyTheSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() {
		HttpResponse<String> signIn = behindProxy().get("/admin/login", THROUGH_TLS_PROXY);

		assertThat(sessionCookieOfSigningIn(behindProxy.port(), THROUGH_TLS_PROXY))
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		assertThat(signIn.headers().allValues("Set-Cookie")).as("the sign-in form's token")
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
		assertThat(signIn.headers().allValues("Strict-Transport-Security")).singleElement()
			.satisfies((hsts) -> assertThat(hsts).startsWith("max-age=31536000").contains("includeSubDomains"));
	}

	@Test
	void throughTheProxyTheFeedServedFromMemoryAlsoTellsBrowsersToStayOnHttps() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		behindProxy().get("/live/" + blog.getSlug(), THROUGH_TLS_PROXY);

		HttpResponse<String> fromMemory = behindProxy().get("/live/" + blog.getSlug(), THROUGH_TLS_PROXY);

		assertThat(fromMemory.headers().allValues("Strict-Transport-Security")).singleElement()
			.satisfies((hsts) -> assertThat(hsts).startsWith("max-age=31536000"));
	}

	@Test
	void throughTheProxyAbsoluteLinksNameThePublicAddress() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		Document feed = Browser.parse(behindProxy().get("/live/" + blog.getSlug(), THROUGH_TLS_PROXY));

		assertThat(feed.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("https://news.example/live/" + blog.getSlug());
	}

	@Test
	void throughTheProxyAStrangersForwardedHostIsNotWhatTheFeedKeptForLaterReadersNames() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		behindProxy().get("/live/" + blog.getSlug(), "X-Forwarded-Proto", "http", "X-Forwarded-Host", "evil.example",
				"X-Forwarded-Port", "80");

		Document later = Browser.parse(behindProxy().get("/live/" + blog.getSlug(), THROUGH_TLS_PROXY));

		assertThat(later.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("https://news.example/live/" + blog.getSlug());
		assertThat(later.html()).doesNotContain("evil.example");
	}

	@Test
	void onPlainHttpTheCookieIsNotSecureSoDevelopmentStillWorks() {
		HttpResponse<String> signIn = behindProxy().get("/admin/login");

		assertThat(sessionCookieOfSigningIn(behindProxy.port()))
			.doesNotContainIgnoringCase("Secure");
		assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void withoutTheSettingForwardedHeadersAreIgnored() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Browser direct = new Browser(this.port);

		HttpResponse<String> signIn = direct.get("/admin/login", THROUGH_TLS_PROXY);
		Document feed = Browser.parse(direct.get("/live/" + blog.getSlug(), THROUGH_TLS_PROXY));

		assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
		assertThat(sessionCookieOfSigningIn(this.port, THROUGH_TLS_PROXY))
			.doesNotContainIgnoringCase("Secure");
		assertThat(feed.selectFirst("link[rel=canonical]").attr("href")).startsWith(TestSite.PUBLIC_URL + "/");
	}

	private static Browser behindProxy() {
		return new Browser(behindProxy.port());
	}

	/** The session cookie's Set-Cookie header, as a browser signing in with those request headers gets it. */
	private static String sessionCookieOfSigningIn(int port, String... headers) {
		HttpResponse<String> signedIn = new CookieBrowser().signIn(port, DemoAccounts.EDITOR, DemoAccounts.EDITOR,
				headers);
		return CookieBrowser.setCookie(signedIn, "SESSION");
	}

}
