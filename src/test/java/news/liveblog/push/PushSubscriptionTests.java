package news.liveblog.push;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.system.RateLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a live page's button sends: a browser's subscription is kept once per blog, updated when it comes
 * again; anything that is not one, or names where the server must not send, is refused with a sentence the
 * page can show, and nothing is kept.
 */
@ApplicationTest
class PushSubscriptionTests {

	private static final String PUBLIC_ENDPOINT = "https://push.example.com/send/";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ServerKeys serverKeys;

	@Autowired
	private RateLimits limits;

	private final BrowserPushKeys browser = BrowserPushKeys.generate();

	@Test
	void aBrowsersSubscriptionIsKeptOnceAndUpdatedWhenItComesAgain() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String endpoint = "http://127.0.0.1:9/push/" + Newsroom.uniqueSlug();

		assertThat(subscribe(blog, subscription(endpoint, this.browser.p256dh(), this.browser.auth()))).hasStatus(201)
			.bodyJson()
			.extractingPath("$.subscribed")
			.isEqualTo(true);
		BrowserPushKeys renewed = BrowserPushKeys.generate();
		assertThat(subscribe(blog, subscription(endpoint, renewed.p256dh(), renewed.auth()))).hasStatus(200);

		assertThat(this.jdbc.sql("select p256dh, auth from push_subscription where live_blog_id = ?")
			.param(blog.getId())
			.query((row, n) -> row.getString(1) + " " + row.getString(2))
			.list()).containsExactly(renewed.p256dh() + " " + renewed.auth());
	}

	@Test
	void theKeyToSubscribeWithIsTheServersVapidKey() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		MvcTestResult key = this.mvc.get().uri("/live/{slug}/push-subscriptions/key", blog.getSlug()).exchange();

		assertThat(key).hasStatusOk().bodyJson().extractingPath("$.publicKey").isEqualTo(this.serverKeys.publicKey());
		assertThat(BrowserPushKeys.decode(this.serverKeys.publicKey())).as("an uncompressed P-256 point").hasSize(65);
	}

	@Test
	void whatIsNotASubscriptionIsRefusedWithASentenceAndNothingIsKept() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String p256dh = this.browser.p256dh();
		String auth = this.browser.auth();
		String endpoint = PUBLIC_ENDPOINT + "abc";

		assertRefused(blog, "not json at all", "no subscription the server could read");
		assertRefused(blog, "{\"endpoint\": \"" + endpoint + "\"}", "lacks its address or keys");
		assertRefused(blog, subscription("", p256dh, auth), "lacks its address or keys");
		assertRefused(blog, subscription("ftp://push.example.com/x", p256dh, auth), "not a secure https:// address");
		assertRefused(blog, subscription(PUBLIC_ENDPOINT + "x".repeat(2000), p256dh, auth), "too long");
		assertRefused(blog, subscription(endpoint, "BAAA", auth), "not a valid P-256 public key");
		byte[] offCurve = BrowserPushKeys.decode(p256dh);
		offCurve[64] ^= 1;
		assertRefused(blog, subscription(endpoint, BrowserPushKeys.BASE64URL.encodeToString(offCurve), auth),
				"not a valid P-256 public key");
		assertRefused(blog, subscription(endpoint, p256dh, "c2hvcnQ"), "not 16 bytes");
		assertRefused(blog, subscription(endpoint, p256dh, "not base64!"), "not 16 bytes");

		assertThat(kept(blog)).isZero();
	}

	@Test
	void aPushServiceOnAPrivateNetworkIsRefusedWhereTheOperatorDidNotAllowIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		PushSubscriptions subscriptions = subscriptions(settings(false, 100));

		for (String endpoint : new String[] { "https://127.0.0.1/push/x", "https://169.254.169.254/latest", "https://10.1.2.3/x",
				"http://push.example.com/x" }) {
			org.assertj.core.api.Assertions
				.assertThatExceptionOfType(SubscriptionRefused.class)
				.isThrownBy(() -> subscriptions.subscribe(blog.getSlug(), request(endpoint), "192.0.2.1"))
				.satisfies((refused) -> assertThat(refused.reason()).isIn(SubscriptionRefused.Reason.ENDPOINT_NOT_PUBLIC,
						SubscriptionRefused.Reason.ENDPOINT_NOT_HTTPS));
		}
		assertThat(kept(blog)).isZero();
	}

	@Test
	void oneAddressAsksForSoManySubscriptionsAnHourAndIsThenToldToWait() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		PushSubscriptions subscriptions = subscriptions(settings(true, 2));
		String address = "198.51.100." + (int) (Math.random() * 250) + "-" + Newsroom.uniqueSlug();

		subscriptions.subscribe(blog.getSlug(), request("http://127.0.0.1:9/push/a"), address);
		subscriptions.subscribe(blog.getSlug(), request("http://127.0.0.1:9/push/b"), address);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(SubscriptionRefused.class)
			.isThrownBy(() -> subscriptions.subscribe(blog.getSlug(), request("http://127.0.0.1:9/push/c"), address))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(SubscriptionRefused.Reason.TOO_MANY));
		assertThat(subscriptions.subscribe(blog.getSlug(), request("http://127.0.0.1:9/push/c"), "another " + address)).isTrue();

		this.newsroom.clock().advance(PushSubscriptions.SUBSCRIBE_WINDOW.plusSeconds(1));
		assertThat(subscriptions.subscribe(blog.getSlug(), request("http://127.0.0.1:9/push/d"), address)).isTrue();
		assertThat(kept(blog)).isEqualTo(4);
	}

	@Test
	void onlyALiveBlogTakesSubscriptionsAndTheRefusalSpeaksTheBlogsLanguage() {
		LiveBlog ended = this.newsroom.openBlog(LiveBlogStatus.ENDED, Locale.FRENCH, java.time.ZoneId.of("Europe/Paris"));
		LiveBlog draft = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		String body = subscription(PUBLIC_ENDPOINT + "abc", this.browser.p256dh(), this.browser.auth());

		assertThat(subscribe(ended, body)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("Ce direct est terminé : il n’y aura plus de moment clé à signaler.");
		assertThat(subscribe(draft, body)).hasStatus(404).bodyJson().extractingPath("$.message").asString().contains("no live blog");
		assertThat(this.mvc.get().uri("/live/{slug}/push-subscriptions/key", draft.getSlug())).hasStatus(404);
	}

	@Test
	void aSubscriptionIsForgottenOnlyWithItsSecret() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String endpoint = "http://127.0.0.1:9/push/" + Newsroom.uniqueSlug();
		assertThat(subscribe(blog, subscription(endpoint, this.browser.p256dh(), this.browser.auth()))).hasStatus(201);

		assertThat(remove(blog, subscription(endpoint, this.browser.p256dh(), BrowserPushKeys.generate().auth())))
			.hasStatus(204);
		assertThat(kept(blog)).isOne();
		assertThat(remove(blog, subscription(endpoint, this.browser.p256dh(), this.browser.auth()))).hasStatus(204);
		assertThat(kept(blog)).isZero();
	}

	@Test
	void anotherSitesPageCannotSubscribeItsReaders() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		assertThat(this.mvc.post()
			.uri("/live/{slug}/push-subscriptions", blog.getSlug())
			.header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.APPLICATION_JSON)
			.content(subscription(PUBLIC_ENDPOINT + "abc", this.browser.p256dh(), this.browser.auth()))).hasStatus(403);
		assertThat(kept(blog)).isZero();
	}

	private PushSubscriptions subscriptions(PushSettings settings) {
		return new PushSubscriptions(this.jdbc, this.newsroom.liveBlogs(), settings, this.limits, this.newsroom.clock());
	}

	private static PushSettings settings(boolean allowPrivateNetworks, int perAddress) {
		return new PushSettings(null, allowPrivateNetworks, Duration.ofHours(1), Duration.ofSeconds(10), 5,
				Duration.ofSeconds(30), 1_000_000, perAddress);
	}

	private PushSubscriptions.SubscriptionRequest request(String endpoint) {
		return new PushSubscriptions.SubscriptionRequest(endpoint,
				new PushSubscriptions.SubscriptionRequest.Keys(this.browser.p256dh(), this.browser.auth()));
	}

	private void assertRefused(LiveBlog blog, String body, String sentence) {
		assertThat(subscribe(blog, body)).as(body)
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.contains(sentence);
	}

	private MvcTestResult subscribe(LiveBlog blog, String body) {
		return this.mvc.post()
			.uri("/live/{slug}/push-subscriptions", blog.getSlug())
			.header("Sec-Fetch-Site", "same-origin")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult remove(LiveBlog blog, String body) {
		return this.mvc.post()
			.uri("/live/{slug}/push-subscriptions/remove", blog.getSlug())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private long kept(LiveBlog blog) {
		return this.jdbc.sql("select count(*) from push_subscription where live_blog_id = ?")
			.param(blog.getId())
			.query(Long.class)
			.single();
	}

	static String subscription(String endpoint, String p256dh, String auth) {
		return """
				{"endpoint": "%s", "expirationTime": null, "keys": {"p256dh": "%s", "auth": "%s"}}
				""".formatted(endpoint, p256dh, auth);
	}

}
