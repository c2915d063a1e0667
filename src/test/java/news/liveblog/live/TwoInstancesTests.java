package news.liveblog.live;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL, as behind a load balancer: an entry published through one reaches the
 * readers of the other within 2 s, and one retracted through one is gone from the other's cached page,
 * through LISTEN/NOTIFY alone.
 */
@ServerTest
class TwoInstancesTests {

	@RegisterExtension
	static final SecondInstance instanceB = SecondInstance.forTheTestClass();

	@Autowired
	private Newsroom newsroom;

	private static int portOfB() {
		return instanceB.port();
	}

	@Test
	void anEntryRetractedThroughOneInstanceIsGoneFromTheOthersCachedPage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "To be withdrawn everywhere.", Instant.now());
		Browser onB = new Browser(portOfB());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> onB.get("/live/" + blog.getSlug()).body().contains("To be withdrawn everywhere."));

		this.newsroom.retract(blog, entry, "Legal");

		// Told by LISTEN/NOTIFY within milliseconds; two seconds is the bound on "at once" here.
		await().atMost(Duration.ofSeconds(2))
			.until(() -> !onB.get("/live/" + blog.getSlug()).body().contains("To be withdrawn everywhere."));
	}

	@Test
	void anEntryPublishedThroughOneInstanceReachesTheReadersOfTheOther() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient readerOnB = SseClient.connect(portOfB(), "/live/" + blog.getSlug() + "/events", null)) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> readerOnB.status() == 200 && instanceB.bean(ChangeNotifications.class).isListening());

			this.newsroom.publish(blog, "Published through instance A.", Instant.now());

			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(readerOnB.events()).singleElement()
					.satisfies((event) -> assertThat(event.data()).contains("Published through instance A.")));
		}
	}

}
