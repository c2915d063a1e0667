package news.liveblog.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The oEmbed look-up against a stand-in for YouTube's endpoint on this machine's loopback: what it answers
 * well fills author and title in; a slow, failing, garbled, oversized or redirecting answer fills nothing
 * (the composer then says so and keeps what was typed); off, nothing is asked at all.
 */
class OEmbedLookupTests {

	private static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=tracking";

	private HttpServer standIn;

	private final List<URI> asked = new CopyOnWriteArrayList<>();

	private volatile HttpHandler answer;

	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void startStandIn() throws IOException {
		this.standIn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.standIn.createContext("/oembed", (exchange) -> {
			this.asked.add(exchange.getRequestURI());
			this.answer.handle(exchange);
		});
		this.standIn.start();
	}

	@AfterEach
	void stopStandIn() {
		this.release.countDown();
		this.standIn.stop(0);
	}

	@Test
	void anAnswerFillsInTheAuthorAndTitleAndItsHtmlIsNeverKept() {
		this.answer = json(200, """
				{"type": "video", "version": "1.0", "title": "NATO press conference <b>live</b>",
				 "author_name": "NATO", "author_url": "https://www.youtube.com/@NATO",
				 "html": "<iframe src=\\"https://www.youtube.com/embed/dQw4w9WgXcQ\\"></iframe><script>alert(1)</script>"}
				""");

		var details = lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO);

		assertThat(details).contains(new PostDetails("NATO", "NATO press conference <b>live</b>"));
		assertThat(this.asked).singleElement().satisfies((uri) -> {
			assertThat(uri.getPath()).isEqualTo("/oembed");
			assertThat(uri.getQuery()).as("the video's own address, without the share link's tracking")
				.isEqualTo("format=json&url=https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		});
	}

	@Test
	void aServerErrorFillsNothing() {
		this.answer = json(500, "{\"error\": \"oops\"}");

		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
		assertThat(this.asked).hasSize(1);
	}

	@Test
	void garbageFillsNothing() {
		this.answer = json(200, "<html><body>Not JSON</body></html>");
		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();

		this.answer = json(200, "[\"an array\"]");
		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();

		this.answer = json(200, "{\"author_name\": {\"nested\": true}, \"title\": 42}");
		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
	}

	@Test
	void anOversizedAnswerFillsNothing() {
		this.answer = json(200, "{\"author_name\": \"NATO\", \"title\": \"" + "x".repeat(70_000) + "\"}");

		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
	}

	@Test
	void aRedirectIsNotFollowed() {
		this.answer = (exchange) -> {
			exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		};

		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
		assertThat(this.asked).hasSize(1);
	}

	// The stand-in answers these only once the test is over: a look-up that returns at all gave up by itself
	// (the test's own timeout is only there to end a look-up that would hang).

	@Test
	@Timeout(10)
	void anAnswerSlowerThanTheTimeoutFillsNothingAndTheEditorWaitsNoLonger() {
		this.answer = (exchange) -> {
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			json(200, "{\"author_name\": \"NATO\"}").handle(exchange);
		};
		OEmbedLookup lookUp = lookUp(true, Duration.ofMillis(300));

		assertThat(lookUp.lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
		assertThat(this.asked).as("it did ask").hasSize(1);
	}

	@Test
	@Timeout(10)
	void anAnswerWhoseBodyTricklesInPastTheTimeoutFillsNothingAndTheEditorWaitsNoLonger() {
		// Headers at once, then the body a byte at a time: the request's own timeout is met, the whole answer
		// would take as long as the other side likes.
		this.answer = (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write("{\"author_name\": \"NATO\", \"title\": \"".getBytes(StandardCharsets.UTF_8));
				out.flush();
				while (!this.release.await(50, TimeUnit.MILLISECONDS)) {
					out.write('x');
					out.flush();
				}
			}
			catch (InterruptedException | IOException ex) {
				// The look-up gave up and dropped the connection, or the test is over.
			}
		};
		OEmbedLookup lookUp = lookUp(true, Duration.ofMillis(500));

		assertThat(lookUp.lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
		assertThat(this.asked).as("it did ask").hasSize(1);
	}

	@Test
	void controlCharactersAndBidiOverridesAreStrippedButLinesAndTabsKept() {
		this.answer = json(200, """
				{"author_name": "NATO\\u202e\\u0007", "title": "Line one\\nLine\\ttwo\\u0000\\u2066 isolated\\u2069\\u001b[31m"}
				""");

		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, VIDEO))
			.contains(new PostDetails("NATO", "Line one\nLine\ttwo isolated[31m"));
	}

	@Test
	void offByDefaultItAsksNothing() {
		this.answer = json(200, "{\"author_name\": \"NATO\"}");
		OEmbedSettings defaults = new OEmbedSettings(false, Duration.ofSeconds(2), 65_536,
				Map.of("youtube", standInEndpoint()));

		OEmbedLookup lookUp = new OEmbedLookup(defaults, JsonMapper.builder().build());

		assertThat(lookUp.enabled()).isFalse();
		assertThat(lookUp.lookUp(SocialNetwork.YOUTUBE, VIDEO)).isEmpty();
		assertThat(this.asked).isEmpty();
	}

	@Test
	void anAddressThatIsNoPostOfTheNetworkIsNotSentAnywhere() {
		this.answer = json(200, "{\"author_name\": \"NATO\"}");

		assertThat(lookUp(true).lookUp(SocialNetwork.YOUTUBE, "https://evil.example/watch?v=dQw4w9WgXcQ")).isEmpty();
		assertThat(lookUp(true).lookUp(SocialNetwork.INSTAGRAM, "https://www.instagram.com/p/C1a2B3c4D5e/"))
			.as("no public endpoint").isEmpty();
		assertThat(this.asked).isEmpty();
	}

	@Test
	void onlyHttpsEndpointsOrThisMachinesOwnAreAccepted() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OEmbedSettings(true, Duration.ofSeconds(2), 65_536,
				Map.of("youtube", URI.create("http://oembed.example/oembed"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new OEmbedSettings(true, Duration.ofSeconds(2), 65_536,
				Map.of("youtube", URI.create("file:///etc/passwd"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new OEmbedSettings(true, Duration.ofSeconds(2), 65_536,
				Map.of("myspace", URI.create("https://myspace.example/oembed"))));
		assertThat(new OEmbedSettings(true, Duration.ofSeconds(2), 65_536,
				Map.of("youtube", URI.create("https://oembed-proxy.example/youtube"))).endpoint(SocialNetwork.YOUTUBE))
			.contains(URI.create("https://oembed-proxy.example/youtube"));
		assertThat(new OEmbedSettings(true, Duration.ofSeconds(2), 65_536, null).endpoint(SocialNetwork.YOUTUBE))
			.contains(URI.create("https://www.youtube.com/oembed"));
	}

	private OEmbedLookup lookUp(boolean enabled) {
		return lookUp(enabled, Duration.ofSeconds(2));
	}

	private OEmbedLookup lookUp(boolean enabled, Duration timeout) {
		return new OEmbedLookup(new OEmbedSettings(enabled, timeout, 65_536, Map.of("youtube", standInEndpoint())),
				JsonMapper.builder().build());
	}

	private URI standInEndpoint() {
		return URI.create("http://127.0.0.1:" + this.standIn.getAddress().getPort() + "/oembed");
	}

	private static HttpHandler json(int status, String body) {
		return (HttpExchange exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		};
	}

}
