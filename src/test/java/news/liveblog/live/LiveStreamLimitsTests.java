package news.liveblog.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one client may hold of the live streams, and what operators are told about them: beyond the
 * configured number of open streams per client address, a 429 that says when to come back; and the readers
 * gauge counts a stream only while it is open, dropping as soon as the reader goes.
 */
@ServerTest
class LiveStreamLimitsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private MeterRegistry registry;

	@Value("${liveblog.live.max-streams-per-client}")
	private int maxStreamsPerClient;

	@Test
	void theReadersGaugeDropsAsSoonAsAReaderLeaves() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (RawStream reader = RawStream.open(this.port, blog)) {
			assertThat(reader.status()).contains(" 200 ");
			await().atMost(Duration.ofSeconds(5)).until(() -> readers(blog) == 1);
		}

		await("the gauge after the reader closed its stream").atMost(Duration.ofSeconds(5)).until(() -> readers(blog) == 0);
	}

	@Test
	void oneClientAddressMayHoldOnlySoManyStreamsAndIsToldWhenToComeBack() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		List<RawStream> held = new ArrayList<>();
		try {
			for (int i = 0; i < this.maxStreamsPerClient; i++) {
				RawStream stream = RawStream.open(this.port, blog);
				held.add(stream);
				assertThat(stream.status()).as("stream %d", i + 1).contains(" 200 ");
			}

			HttpResponse<String> refused = new Browser(this.port).get("/live/" + blog.getSlug() + "/events", "Accept",
					"text/event-stream");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
					(seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());

			held.removeFirst().close();
			await("a closed stream gives its place back").atMost(Duration.ofSeconds(5)).until(() -> {
				try (RawStream again = RawStream.open(this.port, blog)) {
					return again.status().contains(" 200 ");
				}
			});
		}
		finally {
			for (RawStream stream : held) {
				stream.close();
			}
		}
	}

	private double readers(LiveBlog blog) {
		Gauge gauge = this.registry.find(LiveMetrics.READERS).tag("blog", blog.getSlug()).gauge();
		return (gauge != null) ? gauge.value() : 0;
	}

	/** A browser's EventSource on a plain socket, which the test closes as a browser closes a tab. */
	private record RawStream(Socket socket, String status) implements AutoCloseable {

		static RawStream open(int port, LiveBlog blog) throws IOException {
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /live/" + blog.getSlug() + "/events HTTP/1.1\r\nHost: localhost\r\n"
					+ "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String status = in.readLine();
			// Read up to the stream's greeting (its retry: line): the stream is open on the server by then.
			for (String line = in.readLine(); status != null && status.contains(" 200 ") && line != null
					&& !line.startsWith("retry:"); line = in.readLine()) {
				// headers and the greeting's first lines
			}
			return new RawStream(socket, String.valueOf(status));
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
