package news.liveblog;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.dev.DemoLiveBlog;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application on a real port, read the way a reader and an operator reach it: over HTTP.
 */
@ServerTest
class LiveBlogApplicationTests {

	@LocalServerPort
	private int port;

	@Test
	void readerGetsTheDemoFeedOverHttp() {
		HttpResponse<String> response = browser().get("/live/" + DemoLiveBlog.SLUG);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).isEqualToIgnoringCase("text/html;charset=UTF-8"));
		Document page = Browser.parse(response);
		List<String> seed = DemoLiveBlog.seedLines();
		assertThat(page.selectFirst("h1").wholeText()).isEqualTo(seed.get(0));
		assertThat(page.select("article.entry .entry-body").stream().map(Element::wholeText))
			.containsExactlyElementsOf(seed.subList(2, 8));
	}

	@Test
	void frontPageAndStylesheetAreServed() {
		assertThat(browser().get("/").statusCode()).isEqualTo(200);
		HttpResponse<String> css = browser().get("/assets/css/liveblog.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
	}

	@Test
	void healthIsUpWithTheDatabaseAndTheListeningConnection() {
		// Readiness and so health are down for a moment whenever a test cuts the listening connection.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			HttpResponse<String> health = browser().get("/actuator/health");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"")
				.contains("\"db\":{\"status\":\"UP\"}")
				.contains("\"liveChanges\":{\"status\":\"UP\"}");
		});
	}

	@Test
	void actuatorShowsHealthAndInfoOnlyToStrangers() {
		assertThat(browser().get("/actuator/info").statusCode()).isEqualTo(200);
		for (String hidden : List.of("/actuator/prometheus", "/actuator/env", "/actuator/beans",
				"/actuator/configprops", "/actuator/heapdump", "/actuator/metrics", "/actuator/mappings")) {
			assertThat(browser().get(hidden).statusCode()).as(hidden).isEqualTo(401);
		}
	}

	private Browser browser() {
		return new Browser(this.port);
	}

}
