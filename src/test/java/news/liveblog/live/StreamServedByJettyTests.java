package news.liveblog.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A public stream over HTTP/1.1 is served by Jetty itself (LiveStreamHandler), anything else by the servlet
 * layer (LiveStreamController): a reader cannot tell them apart, from the headers and the greeting to the
 * heartbeats, the replay from its last event id and the end of the stream after its timeout.
 */
@ServerTest
@TestPropertySource(properties = { "liveblog.live.stream-timeout=PT3S", "liveblog.live.heartbeat=PT0.5S" })
class StreamServedByJettyTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void bothLayersAnswerWithTheSameHeadersAndGreeting() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (RawStream byJetty = RawStream.open(this.port, "HTTP/1.1", blog, null);
				RawStream byServlet = RawStream.open(this.port, "HTTP/1.0", blog, null)) {
			assertThat(byJetty.status()).isEqualTo("HTTP/1.1 200 OK");
			assertThat(byServlet.status()).isEqualTo("HTTP/1.1 200 OK");
			assertThat(byJetty.headers()).containsExactlyInAnyOrderElementsOf(byServlet.headers());
			assertThat(byJetty.lines(3)).containsExactly("retry:3000", ":connected", "").isEqualTo(byServlet.lines(3));
		}
	}

	@Test
	void aReaderResumingIsSentWhatItMissedThenHeartbeatsAndTheStreamEndsAfterItsTimeout() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		for (int i = 0; i < 3; i++) {
			this.newsroom.publish(blog, "Update " + i, Instant.now().plusSeconds(i));
		}
		try (RawStream reader = RawStream.open(this.port, "HTTP/1.1", blog, "1")) {
			List<String> lines = new ArrayList<>();
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				String line = reader.in().readLine();
				if (line == null) {
					return true;
				}
				lines.add(line);
				return false;
			});
			assertThat(lines).filteredOn((line) -> line.startsWith("id:")).containsExactly("id:2", "id:3");
			assertThat(lines).as("a heartbeat a page can see, saying how often it comes").contains("event:heartbeat",
					"data:{\"every\":500}");
		}
	}

	@Test
	void aBurstOfChangesReachesEveryReaderInOrderEachOnce() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		int readers = 8;
		int changes = 20;
		List<RawStream> streams = new ArrayList<>();
		try {
			// Enough readers that every writer thread has a share of them.
			for (int i = 0; i < readers; i++) {
				RawStream stream = RawStream.open(this.port, "HTTP/1.1", blog, null);
				assertThat(stream.lines(3)).containsExactly("retry:3000", ":connected", "");
				streams.add(stream);
			}
			for (int i = 0; i < changes; i++) {
				this.newsroom.publish(blog, "Burst " + i, Instant.now().plusSeconds(i));
			}
			List<String> expected = new ArrayList<>();
			for (int seq = 1; seq <= changes; seq++) {
				expected.add("id:" + seq);
			}
			for (RawStream stream : streams) {
				List<String> ids = new ArrayList<>();
				// Each read waits at most the socket's timeout: a missing event fails the test, never hangs it.
				for (String line = ""; line != null && ids.size() < changes; line = stream.in().readLine()) {
					if (line.startsWith("id:")) {
						ids.add(line);
					}
				}
				// Events written together arrive as the same lines, with nothing between them but the events.
				assertThat(ids).containsExactlyElementsOf(expected);
			}
		}
		finally {
			for (RawStream stream : streams) {
				stream.close();
			}
		}
	}

	/** A browser's EventSource on a plain socket, speaking the given version of HTTP. */
	private record RawStream(Socket socket, BufferedReader in, String status, List<String> headers) implements AutoCloseable {

		static RawStream open(int port, String version, LiveBlog blog, String lastEventId) throws IOException {
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET /live/" + blog.getSlug() + "/events " + version + "\r\nHost: localhost\r\n"
						+ "Accept: text/event-stream\r\n" + ((lastEventId != null) ? "Last-Event-ID: " + lastEventId + "\r\n" : "")
						+ "\r\n").getBytes(StandardCharsets.US_ASCII));
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String status = in.readLine();
			List<String> headers = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				if (!line.startsWith("Date:")) {
					headers.add(line);
				}
			}
			return new RawStream(socket, in, status, headers);
		}

		List<String> lines(int count) throws IOException {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				lines.add(this.in.readLine());
			}
			return lines;
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
