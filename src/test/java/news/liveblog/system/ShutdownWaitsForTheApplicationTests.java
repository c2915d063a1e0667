package news.liveblog.system;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Graceful shutdown waits for what Boot's {@link StatisticsHandler} counts as requests in flight
 * ({@link ShutdownWaitsForTheApplication}): an application request still under way is counted, so a deploy lets
 * it finish; a page the fast path answers from memory is not, so the spike's pages do not pay for the counting.
 */
@ServerTest
class ShutdownWaitsForTheApplicationTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private ServletWebServerApplicationContext context;

	@Test
	void anApplicationRequestUnderWayIsWaitedForAndAPageFromMemoryIsNotCounted() throws IOException {
		StatisticsHandler inFlight = gracefulShutdownsCount();
		LiveBlog blog = this.newsroom.openPublicBlog();
		String page = "/live/" + blog.getSlug();
		Browser reader = new Browser(this.port);
		assertThat(reader.get(page).statusCode()).isEqualTo(200); // rendered by the application, then kept

		int counted = inFlight.getRequests();
		for (int i = 0; i < 3; i++) {
			assertThat(reader.get(page).statusCode()).isEqualTo(200);
		}
		assertThat(inFlight.getRequests()).as("pages answered from memory").isEqualTo(counted);

		try (Socket slowSignIn = HalfSentForm.send(this.port)) {
			await().atMost(WITHIN).until(() -> inFlight.getRequestsActive() == 1);
		}
		await().atMost(WITHIN).until(() -> inFlight.getRequestsActive() == 0);
	}

	/** The one Boot's graceful shutdown polls: it takes the first it finds, going in from the front. */
	private StatisticsHandler gracefulShutdownsCount() {
		Handler handler = ((JettyWebServer) this.context.getWebServer()).getServer().getHandler();
		assertThat(handler).as("the front of the chain").isNotInstanceOf(StatisticsHandler.class);
		while (handler instanceof Handler.Wrapper wrapper && !(handler instanceof StatisticsHandler)) {
			handler = wrapper.getHandler();
		}
		assertThat(handler).as("graceful shutdown's count").isInstanceOf(StatisticsHandler.class);
		return (StatisticsHandler) handler;
	}

}
