package news.liveblog.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.liveblog.feed.fastpath.CachedFeedHandler;
import news.liveblog.feed.fastpath.PageVariant;
import news.liveblog.feed.fastpath.RenderedPage;
import news.liveblog.system.BlockingThread;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Jetty's threads as the app sets them up ({@link CachedFeedServing}): a page in memory is answered on the
 * platform thread that read the request, never handed to another; what goes on to the application runs on a
 * virtual thread, unless a handler in front already gave the request a thread of its own (the live stream's for a
 * blog's first reader), or the next handler gives it one itself (the editors-first limit, which counts it first).
 */
class FastPathThreadsTests {

	private static final RenderedPage PAGE = RenderedPage.of(1, 1, "<p>In memory.</p>".getBytes(StandardCharsets.UTF_8),
			"en", 0);

	private final AtomicReference<Thread> answeredOn = new AtomicReference<>();

	private final AtomicReference<Thread> applicationRanOn = new AtomicReference<>();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ExecutorService desk = Executors.newSingleThreadExecutor();

	private Server server;

	@AfterEach
	void stop() throws Exception {
		this.desk.shutdownNow();
		this.server.stop();
	}

	@Test
	void aPageInMemoryIsAnsweredOnTheSelectorThreadAndTheRestOnAVirtualThread() throws Exception {
		CachedFeedHandler fastPath = fastPath();
		start(fastPath);

		HttpResponse<String> page = get("/live/in-memory");
		HttpResponse<String> other = get("/live/not-in-memory");

		assertThat(page.body()).isEqualTo("<p>In memory.</p>");
		assertThat(this.answeredOn.get().isVirtual()).as("the page's thread is virtual").isFalse();
		assertThat(this.answeredOn.get().getName()).startsWith("jetty-");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(this.applicationRanOn.get().isVirtual()).as("the application's thread is virtual").isTrue();
	}

	@Test
	void aRequestAlreadyGivenAThreadToBlockOnStaysOnIt() throws Exception {
		CachedFeedHandler fastPath = fastPath();
		AtomicReference<Thread> given = new AtomicReference<>();
		start(new Handler.Wrapper(fastPath) {

			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				FastPathThreadsTests.this.desk.execute(() -> {
					given.set(Thread.currentThread());
					BlockingThread.run(request, response, callback, fastPath::handle);
				});
				return true;
			}

		});

		assertThat(get("/admin").statusCode()).isEqualTo(200);
		assertThat(this.applicationRanOn.get()).isSameAs(given.get());
	}

	@Test
	void whatGoesOnToAHandlerThatGivesThreadsItselfIsHandedOnOnTheThreadThatReadIt() throws Exception {
		start(fastPath(new Handler.Abstract.NonBlocking() {

			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				return answer(callback, response);
			}

		}));

		assertThat(get("/live/not-in-memory").statusCode()).isEqualTo(200);
		assertThat(this.applicationRanOn.get().isVirtual()).as("handed to a virtual thread").isFalse();
		assertThat(this.applicationRanOn.get().getName()).startsWith("jetty-");
	}

	private CachedFeedHandler fastPath() {
		return fastPath(new Handler.Abstract() {

			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				return answer(callback, response);
			}

		});
	}

	private boolean answer(Callback callback, Response response) {
		this.applicationRanOn.set(Thread.currentThread());
		response.setStatus(HttpStatus.OK_200);
		callback.succeeded();
		return true;
	}

	private CachedFeedHandler fastPath(Handler next) {
		return new CachedFeedHandler(next, (slug, variant) -> {
			this.answeredOn.set(Thread.currentThread());
			return (slug.equals("in-memory") && variant == PageVariant.FEED) ? PAGE : null;
		}, "no-cache", Map.of());
	}

	private void start(Handler handler) throws Exception {
		this.server = new Server(CachedFeedServing.selectorsOnPlatformThreads());
		ServerConnector connector = new ServerConnector(this.server);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		this.server.addConnector(connector);
		this.server.setHandler(handler);
		this.server.start();
	}

	private HttpResponse<String> get(String path) throws Exception {
		URI uri = URI.create("http://127.0.0.1:" + ((ServerConnector) this.server.getConnectors()[0]).getLocalPort() + path);
		return this.client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

}
