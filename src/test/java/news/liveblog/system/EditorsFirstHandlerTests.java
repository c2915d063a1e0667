package news.liveblog.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limit in front of the application, on a Jetty server of its own whose application holds the first
 * request until told: with one request at a time, who goes next, who is turned away, and what is never held.
 * The whole application behind it: {@link EditorsFirstTests}.
 */
class EditorsFirstHandlerTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	/** What the application behind the limit was asked, in the order it was asked. */
	private final List<String> handled = new CopyOnWriteArrayList<>();

	private final CountDownLatch releaseHeld = new CountDownLatch(1);

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private Server server;

	private EditorsFirstHandler limit;

	@AfterEach
	void stop() throws Exception {
		this.releaseHeld.countDown();
		this.server.stop();
	}

	@Test
	void theBackOfficeIsLetInBeforeReadersWaitingLonger() throws Exception {
		start(new QosSettings(true, 1, 10, Duration.ofSeconds(30), Duration.ofSeconds(5), 2));
		CompletableFuture<HttpResponse<String>> held = get("/live/held");
		await().atMost(WITHIN).until(() -> this.handled.contains("/live/held"));
		CompletableFuture<HttpResponse<String>> firstReader = get("/live/first-reader");
		CompletableFuture<HttpResponse<String>> secondReader = get("/live/second-reader");
		await().atMost(WITHIN).until(() -> this.limit.getSuspendedRequestCount() == 2);
		CompletableFuture<HttpResponse<String>> editor = get("/admin/live/first-reader");
		await().atMost(WITHIN).until(() -> this.limit.getSuspendedRequestCount() == 3);

		this.releaseHeld.countDown();

		for (CompletableFuture<HttpResponse<String>> response : List.of(held, firstReader, secondReader, editor)) {
			assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(this.handled).hasSize(4);
		assertThat(this.handled.subList(0, 2)).containsExactly("/live/held", "/admin/live/first-reader");
		assertThat(this.handled.subList(2, 4)).containsExactlyInAnyOrder("/live/first-reader", "/live/second-reader");
	}

	@Test
	void pastTheLineAReaderIsTurnedAwayAtOnceWithRetryAfterButTheBackOfficeIsLetIn() throws Exception {
		start(new QosSettings(true, 1, 0, Duration.ofSeconds(30), Duration.ofSeconds(7), 2));
		CompletableFuture<HttpResponse<String>> held = get("/live/held");
		await().atMost(WITHIN).until(() -> this.handled.contains("/live/held"));

		HttpResponse<String> reader = get("/live/a-reader").get(10, TimeUnit.SECONDS);
		assertThat(reader.statusCode()).isEqualTo(503);
		assertThat(reader.headers().allValues("Retry-After")).containsExactly("7");
		HttpResponse<String> editor = get("/admin/live/a-blog").get(10, TimeUnit.SECONDS);
		assertThat(editor.statusCode()).isEqualTo(200);

		this.releaseHeld.countDown();
		assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(get("/live/a-reader").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(this.handled).containsExactly("/live/held", "/admin/live/a-blog", "/live/a-reader");
	}

	@Test
	void aReaderWaitingTooLongIsAnsweredWithRetryAfter() throws Exception {
		start(new QosSettings(true, 1, 10, Duration.ofMillis(200), Duration.ofSeconds(3), 2));
		get("/live/held");
		await().atMost(WITHIN).until(() -> this.handled.contains("/live/held"));

		HttpResponse<String> reader = get("/live/a-reader").get(10, TimeUnit.SECONDS);
		assertThat(reader.statusCode()).isEqualTo(503);
		assertThat(reader.headers().allValues("Retry-After")).containsExactly("3");
		assertThat(this.handled).containsExactly("/live/held");
	}

	@Test
	void liveStreamsAndProbesAreNeverCountedNorHeld() throws Exception {
		start(new QosSettings(true, 1, 0, Duration.ofSeconds(30), Duration.ofSeconds(5), 2));
		CompletableFuture<HttpResponse<String>> held = get("/live/held");
		await().atMost(WITHIN).until(() -> this.handled.contains("/live/held"));

		// Past the line (one at a time, none waiting), and yet:
		assertThat(get("/live/a-blog/events").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(get("/admin/desk/events").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(get("/readyz").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(get("/live/a-blog").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
		// Asking for a stream does not make a page one: the line is not skipped by a header.
		HttpResponse<String> askingForAStream = this.client.send(HttpRequest.newBuilder(uri("/live/a-blog"))
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(askingForAStream.statusCode()).isEqualTo(503);

		this.releaseHeld.countDown();
		assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
	}

	@Test
	void switchedOffTheChainIsLeftAsItWas() {
		Server server = new Server();
		Handler application = new Handler.Abstract() {

			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				callback.succeeded();
				return true;
			}

		};
		server.setHandler(application);
		this.server = server;
		JettyServletWebServerFactory factory = new JettyServletWebServerFactory();
		new EditorsFirst().editorsFirstHandler(new QosSettings(false, 1, 0, Duration.ZERO, Duration.ZERO, 2))
			.customize(factory);
		factory.getServerCustomizers().forEach((customizer) -> customizer.customize(server));
		assertThat(server.getHandler()).isSameAs(application);

		new EditorsFirst().editorsFirstHandler(new QosSettings(true, 1, 0, Duration.ZERO, Duration.ZERO, 2))
			.customize(factory);
		factory.getServerCustomizers().forEach((customizer) -> customizer.customize(server));
		assertThat(server.getHandler()).isInstanceOf(EditorsFirstHandler.class);
		assertThat(((EditorsFirstHandler) server.getHandler()).getHandler()).isSameAs(application);
	}

	/** A Jetty server whose application holds {@code /live/held} until the test releases it. */
	private void start(QosSettings settings) throws Exception {
		this.server = new Server();
		ServerConnector connector = new ServerConnector(this.server);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		this.server.addConnector(connector);
		this.limit = new EditorsFirstHandler(new Handler.Abstract() {

			@Override
			public boolean handle(Request request, Response response, Callback callback) throws Exception {
				String path = request.getHttpURI().getPath();
				EditorsFirstHandlerTests.this.handled.add(path);
				if (path.equals("/live/held")) {
					EditorsFirstHandlerTests.this.releaseHeld.await();
				}
				response.setStatus(HttpStatus.OK_200);
				callback.succeeded();
				return true;
			}

		}, settings);
		this.server.setHandler(this.limit);
		this.server.start();
	}

	private CompletableFuture<HttpResponse<String>> get(String path) {
		return this.client.sendAsync(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + ((ServerConnector) this.server.getConnectors()[0]).getLocalPort() + path);
	}

}
