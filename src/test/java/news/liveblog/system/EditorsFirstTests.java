package news.liveblog.system;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.live.SseClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request limit in front of the application (issue 18), made tiny: one request at a time and none waiting, so
 * that one request whose body is still on its way fills the instance. Then a reader's request the application must
 * answer (the blog's Atom feed) gets a 503 at once with {@code Retry-After} and the site's security headers, while the
 * feed page already in memory, the back office, the probes and the live streams go on; a stream open before is
 * neither counted nor cut.
 */
@ServerTest
@TestPropertySource(properties = { "liveblog.server.qos.max-requests=1", "liveblog.server.qos.max-suspended=0",
		"liveblog.server.qos.retry-after=9s" })
class EditorsFirstTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aFullInstanceTurnsReadersAwayAtOnceButKeepsItsLiveStreamsAndItsDesk() throws IOException {
		LiveBlog blog = this.newsroom.openPublicBlog();
		String page = "/live/" + blog.getSlug();
		String rendered = page + "/feed.atom";
		try (SseClient reader = SseClient.connect(this.port, page + "/events", null)) {
			await().atMost(WITHIN).until(() -> reader.status() == 200);
			// One request at a time, none waiting: a counted stream would have taken the only turn.
			assertThat(browser().get(page).statusCode()).isEqualTo(200);
			assertThat(browser().get(rendered).statusCode()).isEqualTo(200);

			// One request whose body is still on its way fills the instance.
			try (Socket slowUpload = holdTheOnlyTurn(rendered)) {
				HttpResponse<String> turnedAway = browser().get(rendered);
				assertThat(turnedAway.statusCode()).isEqualTo(503);
				assertThat(turnedAway.headers().allValues("Retry-After")).containsExactly("9");
				SecurityHeaders.HEADERS.forEach((name, value) -> assertThat(turnedAway.headers().allValues(name))
					.as(name).containsExactly(value));
				assertThat(turnedAway.headers().firstValue("Server")).isEmpty();
				assertThat(browser().get(page).statusCode()).as("the feed page, answered from memory").isEqualTo(200);

				assertThat(browser().get("/admin/login").statusCode()).as("the sign-in page").isEqualTo(200);
				assertThat(browser().get("/readyz").statusCode()).as("the readiness probe").isEqualTo(200);
				try (SseClient latecomer = SseClient.connect(this.port, page + "/events", null)) {
					await().atMost(WITHIN).until(() -> latecomer.status() == 200);
				}
				this.newsroom.publish(blog, "Published while the instance is full.", Instant.now());
				await().atMost(WITHIN).until(() -> entriesReceived(reader) == 1);
			}

			await().atMost(WITHIN).until(() -> browser().get(rendered).statusCode() == 200);
			this.newsroom.publish(blog, "Published once readers are let in again.", Instant.now());
			await().atMost(WITHIN).until(() -> entriesReceived(reader) == 2);
			assertThat(reader.ended()).isFalse();
		}
	}

	/**
	 * Sends a sign-in form whose body is still on its way until it holds the only turn, which a reader's request for
	 * the page then finds taken. A back-office request that finds the instance full is let in uncounted
	 * ({@link EditorsFirstHandler#reject}), and the instance can still be full for a moment after a page's response
	 * has reached its reader (Jetty gives the turn back once it has completed the request): a form that came in that
	 * moment holds nothing, so it is sent again.
	 */
	private Socket holdTheOnlyTurn(String page) throws IOException {
		for (int attempt = 1;; attempt++) {
			Socket form = HalfSentForm.send(this.port);
			try {
				await().atMost(Duration.ofSeconds(5)).until(() -> browser().get(page).statusCode() == 503);
				return form;
			}
			catch (ConditionTimeoutException stillServing) {
				form.close();
				if (attempt == 3) {
					throw stillServing;
				}
			}
		}
	}

	private static long entriesReceived(SseClient reader) {
		return reader.events().stream().filter((event) -> event.name().equals("entry-published")).count();
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
