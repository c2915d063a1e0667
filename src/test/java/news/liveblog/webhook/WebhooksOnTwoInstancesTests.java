package news.liveblog.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.blog.LiveBlog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database both send the outbox, and never the same delivery: a receiver that answers
 * every request gets each message exactly once, in change order.
 */
@ApplicationTest
class WebhooksOnTwoInstancesTests {

	@RegisterExtension
	static final SecondInstance second = SecondInstance.forTheTestClass();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private Webhooks webhooks;

	@Test
	void twoInstancesSendEachMessageOnceAndInOrder() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		try (Receiver receiver = Receiver.start()) {
			this.webhooks.add(blog, receiver.url(), "", Newsroom.DESK);
			for (int i = 0; i < 20; i++) {
				this.newsroom.publish(blog, "Update " + i + ".", Instant.now());
			}

			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 20);
			List<Receiver.Request> requests = receiver.requests();
			assertThat(requests).extracting(Receiver.Request::id).doesNotHaveDuplicates().hasSize(20);
			List<Long> changes = requests.stream()
				.map((request) -> Long.parseLong(request.id().substring(("msg_" + blog.getId() + "_").length())))
				.toList();
			assertThat(changes).isSorted();
			assertThat(changes.getLast() - changes.getFirst()).as("one change after the other, none left out").isEqualTo(19);
		}
		finally {
			this.webhooks.endpoints(blog.getId())
				.forEach((endpoint) -> this.webhooks.delete(blog.getId(), endpoint.id(), Newsroom.DESK));
		}
	}

}
