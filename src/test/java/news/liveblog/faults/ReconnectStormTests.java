package news.liveblog.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reconnect storm, as after a deploy or a balancer's failover: 2,000 readers of one blog come back at
 * the same moment, each resuming from the last change it had. Every one of them is served, gets the entry
 * it missed while away, and then the next one published.
 */
@ServerTest
// Two thousand readers on one address (this test's): beyond what one client address may hold by default.
@TestPropertySource(properties = "liveblog.live.max-streams-per-client=" + (ReconnectStormTests.READERS + 100))
class ReconnectStormTests {

	static final int READERS = 2000;

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void twoThousandReadersComingBackAtOnceAreAllServedAndMissNothing() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Seen before the storm.", Instant.now().minusSeconds(120));
		long lastSeen = this.newsroom.liveBlogs().find(blog.getSlug()).orElseThrow().getChangeSequence();
		this.newsroom.publish(blog, "storm-missed: published while they were away.",
				Instant.now().minusSeconds(60));

		CountDownLatch connected = new CountDownLatch(READERS);
		CountDownLatch gotBoth = new CountDownLatch(READERS);
		Set<String> failures = ConcurrentHashMap.newKeySet();
		List<Thread> readers = new ArrayList<>();
		for (int i = 0; i < READERS; i++) {
			readers.add(Thread.ofVirtual()
				.start(new ResumingReader(this.port, "/live/" + blog.getSlug() + "/events", lastSeen, connected,
						gotBoth, failures)));
		}
		assertThat(connected.await(60, TimeUnit.SECONDS)).as("all readers answered 200; failures: %s", failures)
			.isTrue();

		this.newsroom.publish(blog, "storm-next: published after they came back.", Instant.now());

		assertThat(gotBoth.await(60, TimeUnit.SECONDS))
			.as("every reader got the missed entry and the next one; failures: %s", failures)
			.isTrue();
		assertThat(failures).isEmpty();
		readers.forEach(Thread::interrupt);
	}

	/** A browser's EventSource reconnecting with Last-Event-ID, on a plain socket (a virtual thread each). */
	private record ResumingReader(int port, String path, long lastEventId, CountDownLatch connected,
			CountDownLatch gotBoth, Set<String> failures) implements Runnable {

		@Override
		public void run() {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 30_000);
				socket.setSoTimeout((int) Duration.ofSeconds(90).toMillis());
				OutputStream out = socket.getOutputStream();
				out.write(("GET " + this.path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
						+ "Last-Event-ID: " + this.lastEventId + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				String status = in.readLine();
				if (status == null || !status.contains(" 200 ")) {
					this.failures.add("status: " + status);
					return;
				}
				this.connected.countDown();
				boolean missed = false;
				boolean next = false;
				String line;
				while ((line = in.readLine()) != null) {
					missed |= line.contains("storm-missed");
					next |= line.contains("storm-next");
					if (line.contains("storm-next") && !missed) {
						this.failures.add("the next entry came before the missed one");
						return;
					}
					if (missed && next) {
						this.gotBoth.countDown();
						return;
					}
				}
				this.failures.add("stream ended early");
			}
			catch (IOException ex) {
				this.failures.add(ex.toString());
			}
		}

	}

}
