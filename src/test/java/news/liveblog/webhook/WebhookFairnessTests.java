package news.liveblog.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlogged endpoint does not keep its slot: after a few deliveries in a row it lets go, and the endpoint
 * that has waited longest goes next, whatever their ids. One slot here, two in a row, to see the turns.
 */
@ApplicationTest
@TestPropertySource(properties = { "liveblog.webhooks.max-in-flight=1", "liveblog.webhooks.max-in-a-row=2" })
class WebhookFairnessTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private Webhooks webhooks;

	@Test
	void aBackloggedEndpointLetsTheOneThatWaitedLongerHaveItsTurn() {
		try (Receiver first = Receiver.start(); Receiver second = Receiver.start()) {
			LiveBlog blog = this.newsroom.openPublicBlog();
			long lowerId = this.webhooks.add(blog, first.url(), "", Newsroom.DESK).endpointId();
			long higherId = this.webhooks.add(blog, second.url(), "", Newsroom.DESK).endpointId();
			try {
				// A backlog for both: five changes queued while they are paused, then both resumed.
				this.webhooks.pause(blog.getId(), lowerId, Newsroom.DESK);
				this.webhooks.pause(blog.getId(), higherId, Newsroom.DESK);
				for (int change = 1; change <= 5; change++) {
					this.newsroom.publish(blog, "Update " + change + ".", Instant.now());
				}
				this.webhooks.resume(blog.getId(), lowerId, Newsroom.DESK);
				this.webhooks.resume(blog.getId(), higherId, Newsroom.DESK);

				await().atMost(Duration.ofSeconds(30))
					.until(() -> first.accepted().size() == 5 && second.accepted().size() == 5);
				List<Instant> firstTimes = first.acceptedAt();
				assertThat(second.acceptedAt().getFirst()).as("the other endpoint's first before this one's last")
					.isBefore(firstTimes.getLast());
			}
			finally {
				this.webhooks.delete(blog.getId(), lowerId, Newsroom.DESK);
				this.webhooks.delete(blog.getId(), higherId, Newsroom.DESK);
			}
		}
	}

}
