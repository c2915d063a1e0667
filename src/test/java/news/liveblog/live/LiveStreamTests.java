package news.liveblog.live;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Open pages get every change as it commits, in order, once; a page that reconnects resumes where it left
 * off; a listening connection that dies comes back; a reader that stops reading holds up nobody else.
 */
@ServerTest
class LiveStreamTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ChangeNotifications notifications;

	@Test
	void replayFromAnyChangeNumberReturnsExactlyTheLaterChangesInOrder() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		List<Entry> published = publish(blog, 5);

		try (SseClient fromTwo = SseClient.connect(this.port, events(blog) + "?since=2", null);
				SseClient fromFour = SseClient.connect(this.port, events(blog), "4");
				SseClient fromZero = SseClient.connect(this.port, events(blog) + "?since=0", null)) {
			await().atMost(WITHIN).untilAsserted(() -> assertThat(fromTwo.ids()).containsExactly("3", "4", "5"));
			await().atMost(WITHIN).untilAsserted(() -> assertThat(fromFour.ids()).containsExactly("5"));
			await().atMost(WITHIN).untilAsserted(() -> assertThat(fromZero.ids()).containsExactly("1", "2", "3", "4", "5"));
			assertThat(fromTwo.events()).extracting(SseClient.Event::name).containsOnly("entry-published");
			assertThat(fromTwo.events().getFirst().data()).contains("\"entryId\":" + published.get(2).getId())
				.contains("id=\\\"entry-" + published.get(2).getId() + "\\\"");
		}
	}

	@Test
	void aReaderGetsEachChangeAsItCommitsAndNothingTwice() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient reader = SseClient.connect(this.port, events(blog), null)) {
			await().atMost(WITHIN).until(() -> reader.status() == 200);
			Entry entry = this.newsroom.publish(blog, "Breaking: it happened.", Instant.now());
			await().atMost(WITHIN).untilAsserted(() -> assertThat(reader.events()).hasSize(1));
			this.newsroom.retract(blog, entry, "Wrong");

			await().atMost(WITHIN).untilAsserted(() -> assertThat(reader.events())
				.extracting(SseClient.Event::name)
				.containsExactly("entry-published", "entry-retracted"));
			assertThat(reader.ids()).containsExactly("1", "2");
			assertThat(reader.events().getFirst().data()).contains("Breaking: it happened.");
		}
	}

	@Test
	void aReaderFromTheFutureIsTreatedAsUpToDate() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient reader = SseClient.connect(this.port, events(blog), "999999")) {
			await().atMost(WITHIN).until(() -> reader.status() == 200);
			this.newsroom.publish(blog, "Next.", Instant.now());
			await().atMost(WITHIN).untilAsserted(() -> assertThat(reader.ids()).containsExactly("1"));
		}
	}

	@Test
	void theListeningConnectionComesBackAfterBeingKilledAndNothingIsMissed() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient reader = SseClient.connect(this.port, events(blog), null)) {
			await().atMost(WITHIN).until(() -> reader.status() == 200 && this.notifications.isListening());

			this.jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity "
					+ "where application_name = 'liveblog-listener'");
			this.newsroom.publish(blog, "Published while the listener was down.", Instant.now());

			await().atMost(WITHIN).untilAsserted(() -> assertThat(reader.ids()).containsExactly("1"));
			await().atMost(WITHIN).until(this.notifications::isListening);
			this.newsroom.publish(blog, "Published after it came back.", Instant.now());
			await().atMost(WITHIN).untilAsserted(() -> assertThat(reader.ids()).containsExactly("1", "2"));
		}
	}

	@Test
	void aReaderThatStopsReadingDoesNotHoldUpTheOthers() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (Socket stalled = new Socket()) {
			// Asks for the stream, then never reads a byte: its buffers fill and its writes block.
			stalled.setReceiveBufferSize(1024);
			stalled.connect(new InetSocketAddress("localhost", this.port));
			OutputStream out = stalled.getOutputStream();
			out.write(("GET " + events(blog) + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			try (SseClient healthy = SseClient.connect(this.port, events(blog), null)) {
				await().atMost(WITHIN).until(() -> healthy.status() == 200);
				// 300 events of 19 kB: more than the kernel buffers between the server and the stalled reader
				// hold (4 MB here), so writing to it blocks for good.
				String longText = "A long update. ".repeat(1_260);
				for (int i = 0; i < 300; i++) {
					this.newsroom.publish(blog, i + " " + longText, Instant.now());
				}
				await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(healthy.events()).hasSize(300));
				assertThat(healthy.ids()).first().isEqualTo("1");
				assertThat(healthy.ids()).last().isEqualTo("300");
			}
		}
	}

	@Test
	void markingAnEntryAsAKeyEventIsAChangeReadersSee() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "A moment that matters.", Instant.now());
		try (SseClient reader = SseClient.connect(this.port, events(blog), null)) {
			await().atMost(WITHIN).until(() -> reader.status() == 200);

			this.newsroom.correct(blog, entry, new EntryText(null, "A moment that matters.", true), null);

			await().atMost(WITHIN).untilAsserted(() -> assertThat(reader.events()).singleElement()
				.satisfies((event) -> assertThat(event.name()).isEqualTo("entry-updated"))
				.satisfies((event) -> assertThat(event.data()).contains("\"keyEvent\":true")));
			// Not a correction of the text (no "updated at"), but the history keeps the version without the mark.
			assertThat(this.newsroom.entries().find(blog.getId(), entry.getId()).orElseThrow().getEditedAt()).isNull();
			assertThat(this.newsroom.entries().revisions(entry.getId())).singleElement()
				.satisfies((revision) -> assertThat(revision.text().keyEvent()).isFalse());
		}
	}

	@Test
	void aBlogSetBackToDraftEndsItsOpenStreams() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient reader = SseClient.connect(this.port, events(blog), null)) {
			await().atMost(WITHIN).until(() -> reader.status() == 200);

			this.newsroom.withdraw(blog);
			this.newsroom.publish(blog, "Not for readers any more.", Instant.now());

			await().atMost(WITHIN).until(reader::ended);
			assertThat(reader.events()).noneSatisfy((event) -> assertThat(event.data()).contains("Not for readers"));
		}
	}

	@Test
	void unknownBlogsHaveNoStream() {
		try (SseClient reader = SseClient.connect(this.port, "/live/no-such-blog/events", null)) {
			await().atMost(WITHIN).until(() -> reader.status() == 404);
		}
	}

	private List<Entry> publish(LiveBlog blog, int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> this.newsroom.publish(blog, "Update " + i, Instant.now().plusSeconds(i)))
			.toList();
	}

	private static String events(LiveBlog blog) {
		return "/live/" + blog.getSlug() + "/events";
	}

}
