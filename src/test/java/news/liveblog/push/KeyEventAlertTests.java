package news.liveblog.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

/**
 * A key event published reaches the browsers that asked, through their push service (a stand-in on
 * loopback): encrypted so that only the subscription's keys read it, signed with the server's VAPID key, and
 * naming the entry and its address. Other entries send nothing; a subscription the push service says is gone
 * is forgotten; a push service that does not answer never holds up publishing.
 */
@ApplicationTest
class KeyEventAlertTests {

	private static final Duration WITHIN = Duration.ofSeconds(20);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ServerKeys serverKeys;

	@Autowired
	private TransactionTemplate transactions;

	@RegisterExtension
	final PushServiceStandIn pushService = new PushServiceStandIn();

	@Test
	void aKeyEventReachesTheSubscribedBrowserDecryptableSignedAndNamingTheEntry() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		BrowserPushKeys browser = subscribe(blog, "reader");

		Entry keyEvent = this.newsroom.publishKeyEvent(blog, "The prime minister resigns",
				"She will stay on until a successor is chosen.", Instant.now());

		await().atMost(WITHIN).until(() -> !this.pushService.receivedBy("reader").isEmpty());
		PushServiceStandIn.Received push = this.pushService.receivedBy("reader").getFirst();
		assertThat(push.method()).isEqualTo("POST");
		assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
		assertThat(push.header("TTL")).isEqualTo("3600");
		assertThat(push.header("Urgency")).isEqualTo("high");
		String claims = BrowserPushKeys.verifiedVapidClaims(push.header("Authorization"), this.serverKeys.publicKey());
		assertThat(claims).contains("\"aud\":\"" + this.pushService.origin() + "\"", "\"sub\":\"https://liveblog.test\"");
		long expires = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
		assertThat(Instant.ofEpochSecond(expires)).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24)));

		String payload = new String(browser.decrypt(push.body()), StandardCharsets.UTF_8);
		assertThat(payload).contains("\"title\":\"" + blog.getTitle() + "\"", "\"body\":\"The prime minister resigns\"",
				"\"url\":\"https://liveblog.test/live/" + blog.getSlug() + "/entries/" + keyEvent.getId() + "\"",
				"\"tag\":\"entry-" + keyEvent.getId() + "\"");
		assertThat(push.header("Topic")).isEqualTo("entry-" + keyEvent.getId());
		await().atMost(WITHIN).until(() -> this.jdbc.sql("select last_success_at is not null from push_subscription where endpoint = ?")
			.param(this.pushService.endpoint("reader"))
			.query(Boolean.class)
			.single());
	}

	@Test
	void onlyKeyEventsAreSentAndARetractedOneNeverIs() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		BrowserPushKeys browser = subscribe(blog, "reader");

		this.newsroom.publish(blog, "An ordinary update.", Instant.now());
		// Published and retracted before the alert could go out: the retraction takes the alert back with it.
		this.transactions.executeWithoutResult((status) -> {
			Entry mistaken = this.newsroom.publishKeyEvent(blog, "Wrong figures", "Published by mistake.", Instant.now());
			this.newsroom.retract(blog, mistaken, "Wrong figures");
		});
		this.newsroom.publishKeyEvent(blog, "Results are in", "The count is over.", Instant.now());

		await().atMost(WITHIN).until(() -> !this.pushService.receivedBy("reader").isEmpty());
		assertThat(this.pushService.receivedBy("reader")).hasSize(1);
		assertThat(new String(browser.decrypt(this.pushService.receivedBy("reader").getFirst().body()), StandardCharsets.UTF_8))
			.contains("Results are in");
	}

	@Test
	void aSubscriptionThePushServiceSaysIsGoneIsForgotten() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		subscribe(blog, "gone");
		subscribe(blog, "still-here");
		this.pushService.answer("gone", 410);

		this.newsroom.publishKeyEvent(blog, "Polls close", "Counting starts.", Instant.now());

		await().atMost(WITHIN).until(() -> endpoints(blog).equals(List.of(this.pushService.endpoint("still-here"))));
		assertThat(this.pushService.receivedBy("gone")).hasSize(1);
		assertThat(this.pushService.receivedBy("still-here")).hasSize(1);
	}

	@Test
	void aSubscriptionNoAlertReachesTenTimesInARowIsForgotten() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		subscribe(blog, "refusing");
		this.pushService.answer("refusing", 400);
		this.jdbc.sql("update push_subscription set failures = ? where endpoint = ?")
			.params(AlertDelivery.FAILURES_BEFORE_FORGETTING - 1, this.pushService.endpoint("refusing"))
			.update();

		this.newsroom.publishKeyEvent(blog, "Tenth alert", "Refused like the nine before.", Instant.now());

		// At once: a 400 is given up on, not tried again (which would keep it for minutes).
		await().atMost(WITHIN).until(() -> endpoints(blog).isEmpty());
		assertThat(this.pushService.receivedBy("refusing")).hasSize(1);
	}

	@Test
	void aPushServiceThatFailsIsTriedAgainLater() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		BrowserPushKeys browser = subscribe(blog, "busy");
		this.pushService.answer("busy", 503, 201);

		this.newsroom.publishKeyEvent(blog, "Turnout at 60%", "Higher than in 2022.", Instant.now());
		await().atMost(WITHIN).until(() -> this.pushService.receivedBy("busy").size() == 1);
		// Due again after the first retry's delay: the clock is moved on rather than waited for.
		this.newsroom.clock().advance(Duration.ofSeconds(31));

		await().atMost(WITHIN).until(() -> this.pushService.receivedBy("busy").size() == 2);
		assertThat(new String(browser.decrypt(this.pushService.receivedBy("busy").get(1).body()), StandardCharsets.UTF_8))
			.contains("Turnout at 60%");
		await().atMost(WITHIN).until(() -> this.jdbc.sql("select count(*) from push_delivery d join push_subscription s "
				+ "on s.id = d.subscription_id where s.live_blog_id = ?").param(blog.getId()).query(Long.class).single() == 0);
	}

	@Test
	void publishingReturnsWhileThePushServiceDoesNotAnswer() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		subscribe(blog, "hanging");
		this.pushService.hang("hanging");
		this.newsroom.publishKeyEvent(blog, "First key event", "Its alert hangs.", Instant.now());
		await().atMost(WITHIN).until(() -> !this.pushService.receivedBy("hanging").isEmpty());

		// The push service holds the alert's request open; the desk publishes on as if it were not there.
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			this.newsroom.publishKeyEvent(blog, "Second key event", "Published at once.", Instant.now());
			this.newsroom.write(blog, new EntryText(null, "And an update.", false), Publication.publishedAt(Instant.now()));
		});
		assertThat(this.newsroom.storedEntries(blog)).hasSize(3);
	}

	private BrowserPushKeys subscribe(LiveBlog blog, String name) {
		BrowserPushKeys browser = BrowserPushKeys.generate();
		assertThat(this.mvc.post()
			.uri("/live/{slug}/push-subscriptions", blog.getSlug())
			.contentType(MediaType.APPLICATION_JSON)
			.content(PushSubscriptionTests.subscription(this.pushService.endpoint(name), browser.p256dh(), browser.auth())))
			.hasStatus(201);
		return browser;
	}

	private List<String> endpoints(LiveBlog blog) {
		return this.jdbc.sql("select endpoint from push_subscription where live_blog_id = ? order by id")
			.param(blog.getId())
			.query(String.class)
			.list();
	}

}
