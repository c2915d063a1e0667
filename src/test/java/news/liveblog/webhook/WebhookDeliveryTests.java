package news.liveblog.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a partner's receiver gets: every public change once (by its webhook-id), in change order, signed with
 * its secret, whatever it answered before; nothing lost when the sending instance stops mid-delivery; a
 * receiver failing for a day paused with a note; a publish never held up by a slow receiver.
 */
@ApplicationTest
class WebhookDeliveryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Webhooks webhooks;

	@Autowired
	private WebhookDeliveries deliveries;

	private Receiver receiver;

	private final List<LiveBlog> blogs = new ArrayList<>();

	/** Its endpoints go with the receiver, or the shared application would retry them for the other tests. */
	@AfterEach
	void closeReceiver() {
		this.blogs.forEach((blog) -> this.webhooks.endpoints(blog.getId())
			.forEach((endpoint) -> this.webhooks.delete(blog.getId(), endpoint.id(), Newsroom.DESK)));
		if (this.receiver != null) {
			this.receiver.close();
		}
	}

	@Test
	void aReceiverThatFailsThenRecoversGetsEveryChangeOnceInOrderWithValidSignatures() {
		// Two refusals, an answer that never comes (the request times out), another refusal, then it recovers.
		this.receiver = Receiver.start().answering(500, 503, Receiver.HANG, 500);
		LiveBlog blog = this.newsroom.openPublicBlog();
		String secret = add(blog, this.receiver.url());

		Entry first = this.newsroom.publish(blog, "The summit opens.", Instant.now());
		Entry second = this.newsroom.publish(blog, "The ministers arrive.", Instant.now());
		Entry corrected = this.newsroom.correct(blog, first, EntryText.of("The summit opens at ten."), "Time added.");
		this.newsroom.retract(blog, second, "Not confirmed.");
		Entry third = this.newsroom.publish(blog, "A first statement.", Instant.now());

		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 5);
		List<Receiver.Request> accepted = this.receiver.accepted();
		assertThat(accepted).extracting((request) -> json(request).get("type").asString())
			.containsExactly("entry.published", "entry.published", "entry.updated", "entry.retracted",
					"entry.published");
		assertThat(accepted).extracting((request) -> json(request).at("/data/entry/id").asLong())
			.containsExactly(first.getId(), second.getId(), first.getId(), second.getId(), third.getId());
		List<Long> changes = accepted.stream().map((request) -> json(request).at("/data/change").asLong()).toList();
		assertThat(changes).isSorted().doesNotHaveDuplicates();
		// Retries came before anything later: every request, retries included, in change order.
		assertThat(this.receiver.requests()).extracting((request) -> json(request).at("/data/change").asLong())
			.isSorted();
		assertThat(this.receiver.requests()).hasSizeGreaterThan(5).allSatisfy((request) -> {
			assertThat(SignatureCheck.valid(secret, request)).as("signature of " + request.id()).isTrue();
			assertThat(request.contentType()).isEqualTo("application/json");
			assertThat(request.id()).startsWith("msg_");
		});
		// The first message was retried four times under one id, with the same body.
		assertThat(this.receiver.requests().subList(0, 5)).extracting(Receiver.Request::id)
			.containsOnly(accepted.getFirst().id());
		assertThat(this.receiver.requests().subList(0, 5)).extracting(Receiver.Request::body)
			.containsOnly(accepted.getFirst().body());

		// The entry as the JSON API prints it, the blog as readers find it.
		JsonNode update = json(accepted.get(2));
		assertThat(update.at("/data/entry")).isEqualTo(apiEntry(blog, corrected.getId()));
		assertThat(update.at("/data/blog/slug").asString()).isEqualTo(blog.getSlug());
		assertThat(update.at("/data/blog/url").asString()).isEqualTo("https://liveblog.test/live/" + blog.getSlug());
		JsonNode retraction = json(accepted.get(3)).at("/data/entry");
		assertThat(retraction.get("url").asString())
			.isEqualTo("https://liveblog.test/live/" + blog.getSlug() + "/entries/" + second.getId());
		assertThat(retraction.has("bodyHtml")).as("a retracted entry's text is not sent").isFalse();
		assertThat(pending(blog)).isZero();
	}

	@Test
	void aDeliveryInFlightWhenItsInstanceStopsIsSentAgainLaterUnderTheSameId() {
		this.receiver = Receiver.start().answering(Receiver.HANG);
		LiveBlog blog = this.newsroom.openPublicBlog();
		String secret = add(blog, this.receiver.url());
		this.newsroom.publish(blog, "Polls close.", Instant.now());
		await().atMost(PATIENCE).until(() -> this.receiver.hanging() == 1);

		// As at a shutdown or a kill: the request is abandoned before its answer, and nothing is recorded.
		this.deliveries.stop();
		this.deliveries.start();
		assertThat(pending(blog)).isOne();
		// Not before its lease runs out: the instance that held it might only be slow.
		this.newsroom.clock().advance(Duration.ofMinutes(2));

		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 1);
		List<Receiver.Request> requests = this.receiver.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).id()).isEqualTo(requests.get(0).id());
		assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
		assertThat(SignatureCheck.valid(secret, requests.get(1))).isTrue();
		await().atMost(PATIENCE).until(() -> pending(blog) == 0);
	}

	@Test
	void anEndpointFailingForADayIsPausedWithANoteAndCarriesOnInOrderWhenResumed() {
		this.receiver = Receiver.start().otherwise(503);
		LiveBlog blog = this.newsroom.openPublicBlog();
		add(blog, this.receiver.url());
		Entry first = this.newsroom.publish(blog, "Storm warning.", Instant.now());
		Entry second = this.newsroom.publish(blog, "Roads closed.", Instant.now());
		await().atMost(PATIENCE).until(() -> this.receiver.requests().size() >= 2);
		assertThat(endpoint(blog).paused()).isFalse();
		assertThat(endpoint(blog).failingSince()).isNotNull();

		this.newsroom.clock().advance(Duration.ofHours(25));

		await().atMost(PATIENCE).until(() -> endpoint(blog).paused());
		String page = this.backOffice.page("/admin/blogs/" + blog.getId() + "/webhooks", this.backOffice.asAdmin())
			.select(".webhook-pause-note")
			.text();
		assertThat(page).contains("Paused after failing since").contains("last answer HTTP 503");
		int triedWhilePaused = this.receiver.requests().size();
		assertThat(pending(blog)).as("kept").isEqualTo(2);

		// Nothing is sent while paused, then what waited goes out in order.
		this.receiver.otherwise(200);
		assertThat(this.webhooks.resume(blog.getId(), endpoint(blog).id(), Newsroom.DESK)).isTrue();
		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 2);
		assertThat(this.receiver.requests().subList(0, triedWhilePaused))
			.allSatisfy((request) -> assertThat(json(request).at("/data/entry/id").asLong()).isEqualTo(first.getId()));
		assertThat(this.receiver.accepted()).extracting((request) -> json(request).at("/data/entry/id").asLong())
			.containsExactly(first.getId(), second.getId());
		assertThat(endpoint(blog).failingSince()).isNull();
	}

	@Test
	void whatChangesWhileAnEndpointIsPausedWaitsForItAndGoesOutInOrderWhenResumed() {
		this.receiver = Receiver.start();
		LiveBlog blog = this.newsroom.openPublicBlog();
		add(blog, this.receiver.url());
		Entry before = this.newsroom.publish(blog, "Before the pause.", Instant.now());
		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 1);
		assertThat(this.webhooks.pause(blog.getId(), endpoint(blog).id(), Newsroom.DESK)).isTrue();

		Entry first = this.newsroom.publish(blog, "Published while paused.", Instant.now());
		Entry second = this.newsroom.publish(blog, "Also while paused.", Instant.now());
		this.newsroom.retract(blog, first, "Wrong.");

		assertThat(pending(blog)).isEqualTo(3);
		assertThat(this.backOffice.page("/admin/blogs/" + blog.getId() + "/webhooks", this.backOffice.asAdmin())
			.select("dt:containsOwn(Waiting to be sent) + dd")
			.text()).isEqualTo("3");
		assertThat(this.receiver.requests()).hasSize(1);

		assertThat(this.webhooks.resume(blog.getId(), endpoint(blog).id(), Newsroom.DESK)).isTrue();
		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 4);
		assertThat(this.receiver.accepted()).extracting((request) -> json(request).get("type").asString())
			.containsExactly("entry.published", "entry.published", "entry.published", "entry.retracted");
		assertThat(this.receiver.accepted()).extracting((request) -> json(request).at("/data/entry/id").asLong())
			.containsExactly(before.getId(), first.getId(), second.getId(), first.getId());
		await().atMost(PATIENCE).until(() -> pending(blog) == 0);
	}

	@Test
	void publishingNeverWaitsOnAReceiverThatDoesNotAnswer() {
		this.receiver = Receiver.start().otherwise(Receiver.HANG);
		LiveBlog blog = this.newsroom.openPublicBlog();
		add(blog, this.receiver.url());
		this.newsroom.publish(blog, "First.", Instant.now());
		await().atMost(PATIENCE).until(() -> this.receiver.hanging() == 1);

		Entry next = this.newsroom.publish(blog, "Second, while the receiver hangs.", Instant.now());

		assertThat(this.receiver.hanging()).as("still hanging when the publish returned").isOne();
		assertThat(this.backOffice.publicFeed(blog).text()).contains("Second, while the receiver hangs.");
		assertThat(next.getId()).isPositive();
	}

	@Test
	void aTestEventIsSignedAndTypedWebhookTest() {
		this.receiver = Receiver.start();
		LiveBlog blog = this.newsroom.openPublicBlog();
		String secret = add(blog, this.receiver.url());

		assertThat(this.webhooks.sendTest(blog, endpoint(blog).id())).isTrue();

		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 1);
		Receiver.Request request = this.receiver.accepted().getFirst();
		assertThat(json(request).get("type").asString()).isEqualTo("webhook.test");
		// Sent as written and signed: the envelope's keys in their order, not as jsonb would have stored them.
		assertThat(request.body()).startsWith("{\"type\":\"webhook.test\",\"timestamp\":");
		assertThat(json(request).at("/data/blog/title").asString()).isEqualTo(blog.getTitle());
		assertThat(SignatureCheck.valid(secret, request)).isTrue();
	}

	@Test
	void aRotatedSecretStillSignsBesideTheNewOneForADay() {
		this.receiver = Receiver.start();
		LiveBlog blog = this.newsroom.openPublicBlog();
		String oldSecret = add(blog, this.receiver.url());
		String newSecret = this.webhooks.rotate(blog.getId(), endpoint(blog).id(), Newsroom.DESK).orElseThrow().secret();

		this.webhooks.sendTest(blog, endpoint(blog).id());
		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 1);
		Receiver.Request duringTheSwitch = this.receiver.accepted().getFirst();
		assertThat(SignatureCheck.valid(newSecret, duringTheSwitch)).isTrue();
		assertThat(SignatureCheck.valid(oldSecret, duringTheSwitch)).as("a receiver not yet switched").isTrue();

		this.newsroom.clock().advance(Duration.ofHours(25));
		this.webhooks.sendTest(blog, endpoint(blog).id());
		await().atMost(PATIENCE).until(() -> this.receiver.accepted().size() == 2);
		Receiver.Request afterADay = this.receiver.accepted().getLast();
		assertThat(SignatureCheck.valid(newSecret, afterADay)).isTrue();
		assertThat(SignatureCheck.valid(oldSecret, afterADay)).isFalse();
	}

	private String add(LiveBlog blog, String url) {
		this.blogs.add(blog);
		return this.webhooks.add(blog, url, "Test receiver", Newsroom.DESK).secret();
	}

	private WebhookEndpoint endpoint(LiveBlog blog) {
		return this.webhooks.endpoints(blog.getId()).getFirst();
	}

	private int pending(LiveBlog blog) {
		return endpoint(blog).pending();
	}

	private JsonNode apiEntry(LiveBlog blog, long entryId) {
		MvcTestResult result = this.backOffice.get("/api/live/" + blog.getSlug() + "/entries");
		JsonNode page = JSON.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		for (JsonNode entry : page.get("entries")) {
			if (entry.get("id").asLong() == entryId) {
				return entry;
			}
		}
		throw new AssertionError("No entry " + entryId + " in the API");
	}

	private static JsonNode json(Receiver.Request request) {
		return JSON.readTree(request.body());
	}

}
