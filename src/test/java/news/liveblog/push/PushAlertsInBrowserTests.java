package news.liveblog.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live page's "Alert me of key events" in Chromium: nothing is asked or registered before the reader
 * clicks; a refusal says how to allow notifications again; with permission, our service worker is registered
 * for the blog's pages under the site's CSP. Chromium's own push service (Google's) cannot be reached from
 * here, so where a test needs a subscription, only {@code PushManager.subscribe} is stood in for: it gives the
 * subscription of a browser whose keys the test holds, at the loopback stand-in push service, and everything
 * else (the page's script, the server, the encryption) is the real one.
 */
@ServerTest
class PushAlertsInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser().recordingRequests();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final PushServiceStandIn pushService = new PushServiceStandIn();

	@Test
	void nothingIsAskedBeforeTheClickAndARefusalSaysHowToAllowNotifications() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.browser.open("/live/" + blog.getSlug());
		WebElement button = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-subscribe")));

		assertThat(button.getText()).isEqualTo("Alert me of key events");
		assertThat(this.browser.script("return Notification.permission")).isEqualTo("default");
		assertThat(registrations()).isEmpty();
		assertThat(this.browser.requestedSinceLastCall()).noneMatch(PushAlertsInBrowserTests::pushCall);

		setNotifications("denied");
		button.click();

		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".push-alerts-message"),
				"allow notifications for this site in the browser’s site settings"));
		this.browser.screenshot("push-alerts-en-denied", 1280, 900);
		assertThat(registrations()).isEmpty();
		assertThat(this.browser.requestedSinceLastCall()).noneMatch(PushAlertsInBrowserTests::pushCall);
		assertThat(this.browser.consoleSinceLastCall()).isEmpty();
	}

	@Test
	void withPermissionTheBlogsOwnWorkerRunsUnderTheSitesPolicyAndARefusingPushServiceIsSaid() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		// As Chromium answers when its push service refuses or cannot be reached.
		this.browser.runBeforeEveryPage("""
				if (window.PushManager) {
				  PushManager.prototype.subscribe = () =>
				    Promise.reject(new DOMException('Registration failed - push service error', 'AbortError'));
				}
				""");
		this.browser.open("/live/" + blog.getSlug());
		setNotifications("granted");

		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".push-alerts-subscribe")))
			.click();

		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".push-alerts-message"),
				"Alerts could not be turned on"));
		String scope = this.browser.url("/live/" + blog.getSlug() + "/");
		assertThat(registrations()).containsExactly(scope);
		assertThat(this.browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.getRegistration(arguments[0]).then((r) => done(r.active && r.active.state));
				""", scope)).as("our worker, from /push-worker.js, installed and running").isEqualTo("activated");
		assertThat(this.browser.driver().findElement(By.cssSelector(".push-alerts-subscribe")).isDisplayed()).isTrue();
		assertThat(subscriptions(blog)).isZero();
		assertThat(this.browser.consoleSinceLastCall()).noneMatch((entry) -> entry.getMessage().contains("Content Security Policy"));
	}

	@Test
	void aReaderOnAPhoneTurnsAlertsOnGetsAKeyEventAndTurnsThemOff() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		BrowserPushKeys keys = BrowserPushKeys.generate();
		String endpoint = this.pushService.endpoint("chromium");
		this.browser.emulatePhone(2);
		this.browser.runBeforeEveryPage(standInSubscribe(endpoint, keys));
		this.browser.open("/live/" + blog.getSlug());
		setNotifications("granted");
		WebElement button = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".push-alerts-subscribe")));
		assertThat(button.getText()).isEqualTo("M’alerter des moments clés");
		assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(44);
		assertThat(this.browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		this.browser.screenshotOnThePhone("push-alerts-fr-phone-off");

		button.click();

		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-on")));
		assertThat(this.browser.driver().findElement(By.cssSelector(".push-alerts-state")).getText()).isEqualTo("Alertes activées");
		assertThat(this.browser.driver().findElement(By.cssSelector(".push-alerts-unsubscribe")).getSize().getHeight())
			.isGreaterThanOrEqualTo(44);
		assertThat(this.browser.driver().findElement(By.cssSelector(".push-alerts-subscribe")).isDisplayed()).isFalse();
		assertThat(this.browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		assertThat(subscriptions(blog)).isOne();
		this.browser.screenshotOnThePhone("push-alerts-fr-phone-on");

		this.newsroom.publishKeyEvent(blog, "Polls have closed", "Counting begins.", Instant.now());
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.pushService.receivedBy("chromium").isEmpty());
		assertThat(new String(keys.decrypt(this.pushService.receivedBy("chromium").getFirst().body()), StandardCharsets.UTF_8))
			.contains("Polls have closed");

		this.browser.driver().findElement(By.cssSelector(".push-alerts-unsubscribe")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-subscribe")));
		assertThat(this.browser.driver().findElement(By.cssSelector(".push-alerts-message")).getText())
			.isEqualTo("Les alertes sont désactivées pour ce direct.");
		await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions(blog) == 0);
		assertThat(this.browser.consoleSinceLastCall()).isEmpty();
	}

	@Test
	void ourWorkerShowsAPushedAlertAndASecondOfTheSameEntryReplacesIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.browser.runBeforeEveryPage(standInSubscribe(this.pushService.endpoint("worker"), BrowserPushKeys.generate()));
		this.browser.open("/live/" + blog.getSlug());
		setNotifications("granted");
		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".push-alerts-subscribe")))
			.click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-on")));
		String scope = this.browser.url("/live/" + blog.getSlug() + "/");

		// Chromium's DevTools hand a push message to the worker as its push service would (the worker's first
		// registration in this fresh profile is number 0).
		String entry = this.browser.url("/live/" + blog.getSlug() + "/entries/42");
		deliverPush("{\"title\":\"Élections\",\"body\":\"Polls have closed\",\"url\":\"" + entry + "\",\"tag\":\"entry-42\"}");
		await().atMost(Duration.ofSeconds(10)).until(() -> notifications(scope).size() == 1);
		assertThat(notifications(scope).getFirst()).containsEntry("title", "Élections")
			.containsEntry("body", "Polls have closed")
			.containsEntry("tag", "entry-42")
			.containsEntry("url", entry);

		deliverPush("{\"title\":\"Élections\",\"body\":\"Polls have closed at 8 pm\",\"url\":\"" + entry + "\",\"tag\":\"entry-42\"}");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications(scope).size() == 1
					&& "Polls have closed at 8 pm".equals(notifications(scope).getFirst().get("body")));
	}

	private void deliverPush(String payload) {
		this.browser.driver().executeCdpCommand("ServiceWorker.enable", Map.of());
		this.browser.driver().executeCdpCommand("ServiceWorker.deliverPushMessage",
				Map.of("origin", this.browser.url(""), "registrationId", "0", "data", payload));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> notifications(String scope) {
		return (List<Map<String, Object>>) this.browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.getRegistration(arguments[0])
				  .then((r) => r.getNotifications())
				  .then((all) => done(all.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: n.data.url }))));
				""", scope);
	}

	@Test
	void anEndedBlogHasNoButton() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.ENDED);
		this.browser.open("/live/" + blog.getSlug());

		assertThat(this.browser.driver().findElements(By.cssSelector(".push-alerts"))).isEmpty();
	}

	@Test
	void aBlogThatEndsWhileItsPageIsOpenNoLongerOffersAlerts() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.browser.open("/live/" + blog.getSlug());
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-subscribe")));

		setStatus(blog, LiveBlogStatus.ENDED);

		this.browser.waiting()
			.until(ExpectedConditions.attributeContains(By.cssSelector(".feed-status .badge"), "class", "badge-ended"));
		assertThat(this.browser.driver().findElement(By.cssSelector(".push-alerts")).isDisplayed())
			.as("as on the page loaded afresh, which has no button").isFalse();

		setStatus(blog, LiveBlogStatus.LIVE);

		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-subscribe")));
	}

	private void setStatus(LiveBlog blog, LiveBlogStatus status) {
		this.newsroom.setStatus(blog, status);
	}

	/** PushManager.subscribe as Chromium's would answer it if its push service were this stand-in. */
	private static String standInSubscribe(String endpoint, BrowserPushKeys keys) {
		return """
				if (window.PushManager) {
				  const made = { current: null };
				  const subscription = {
				    endpoint: '%s',
				    options: { applicationServerKey: null },
				    toJSON: () => ({ endpoint: '%s', expirationTime: null, keys: { p256dh: '%s', auth: '%s' } }),
				    unsubscribe: async () => { made.current = null; return true; },
				  };
				  PushManager.prototype.subscribe = async function (options) {
				    subscription.options = options;
				    made.current = subscription;
				    return subscription;
				  };
				  PushManager.prototype.getSubscription = async function () { return made.current; };
				}
				""".formatted(endpoint, endpoint, keys.p256dh(), keys.auth());
	}

	private static boolean pushCall(String url) {
		return url.contains("/push-subscriptions") || url.contains("/push-worker.js");
	}

	private void setNotifications(String setting) {
		this.browser.driver().executeCdpCommand("Browser.setPermission", Map.of("permission", Map.of("name", "notifications"),
				"setting", setting, "origin", this.browser.url("")));
	}

	@SuppressWarnings("unchecked")
	private List<String> registrations() {
		return (List<String>) this.browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.getRegistrations().then((all) => done(all.map((r) => r.scope)));
				""");
	}

	private long subscriptions(LiveBlog blog) {
		return this.jdbc.sql("select count(*) from push_subscription where live_blog_id = ?")
			.param(blog.getId())
			.query(Long.class)
			.single();
	}

}
