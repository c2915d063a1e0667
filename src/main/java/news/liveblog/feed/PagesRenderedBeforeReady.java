package news.liveblog.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.live.ChangeNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the instance says it is ready, it asks itself for the front page and the pages of the blogs it
 * lists first (live ones, then the latest ended: those readers come for), over loopback like any reader: the pages are then in the page cache, and the code that renders and serves them
 * (Jetty, the fast path, Thymeleaf) has run, so the first readers sent here by the load balancer, in a spike
 * or after a fail-over, are answered from memory instead of waiting for a cold render. Runners run after the
 * server has started and before readiness is reported, so no reader waits on this.
 * <p>
 * A page that fails here is only logged: it is rendered on demand, as without this.
 */
@Component
// After every other runner: what they put in place (a first admin, a development run's demo blogs) is served too.
@Order(Ordered.LOWEST_PRECEDENCE)
class PagesRenderedBeforeReady implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PagesRenderedBeforeReady.class);

	/** Enough to warm what a reader's request runs through; more asks only add to the start-up. */
	private static final int REQUESTS_PER_PAGE = 3;

	/** Longer than the listening connection takes to come up, short of holding a start-up for a database outage. */
	private static final Duration LISTENING_WAIT = Duration.ofSeconds(10);

	private final ApplicationContext context;

	private final ChangeNotifications notifications;

	private final LiveBlogs liveBlogs;

	private final String serverAddress;

	private final int blogs;

	PagesRenderedBeforeReady(ApplicationContext context, ChangeNotifications notifications, LiveBlogs liveBlogs,
			@Value("${server.address:}") String serverAddress,
			@Value("${liveblog.pages.blogs-rendered-before-ready:5}") int blogs) {
		this.context = context;
		this.notifications = notifications;
		this.liveBlogs = liveBlogs;
		this.serverAddress = serverAddress;
		this.blogs = blogs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.blogs <= 0 || !(this.context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		// Once the instance hears other instances' changes: connecting, it forgets every page it had (any may be
		// stale by then), so pages rendered before would be rendered again by the first readers.
		awaitListening();
		String base = "http://" + loopbackOr(this.serverAddress) + ":" + web.getWebServer().getPort();
		List<String> paths = new ArrayList<>();
		paths.add("/");
		this.liveBlogs.publicListing()
			.stream()
			.limit(this.blogs)
			.map(LiveBlog::getSlug)
			.map(PublicAddresses::feedPath)
			.forEach(paths::add);
		long start = System.nanoTime();
		// All the pages at once, each on a thread of its own: a cold render waits on the database as much as it
		// computes, and on 2 cores one page after another left a core idle through most of it.
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
				ExecutorService pages = Executors.newVirtualThreadPerTaskExecutor()) {
			for (String path : paths) {
				pages.execute(() -> ask(client, URI.create(base + path)));
			}
		}
		logger.info("Rendered {} page(s) before reporting ready, in {} ms", paths.size(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	private void awaitListening() {
		long deadline = System.nanoTime() + LISTENING_WAIT.toNanos();
		try {
			while (!this.notifications.isListening() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void ask(HttpClient client, URI page) {
		HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).GET().build();
		try {
			for (int i = 0; i < REQUESTS_PER_PAGE; i++) {
				client.send(request, HttpResponse.BodyHandlers.discarding());
			}
		}
		catch (IOException ex) {
			logger.warn("Could not render {} before reporting ready; it renders on demand: {}", page, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The server's own address when it listens on one; loopback when it listens on all of them. */
	private static String loopbackOr(String address) {
		if (address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
			return "127.0.0.1";
		}
		return address.contains(":") ? "[" + address + "]" : address;
	}

}
