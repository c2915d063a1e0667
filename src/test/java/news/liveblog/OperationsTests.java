package news.liveblog;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.TestDatabase;
import news.liveblog.live.SseClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as operators run it: the actuator on a management port of its own, where Prometheus scrapes
 * without an account and the orchestrator asks for liveness and readiness. Readiness follows the LISTEN
 * connection, liveness does not; the metrics follow what readers and editors do.
 */
class OperationsTests {

	private static final Duration WITHIN = Duration.ofSeconds(15);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CuttableDatabase database = new CuttableDatabase();

	@RegisterExtension
	static final SecondInstance instance = SecondInstance
		.with("management.server.port=0",
				// A dead stream is found at the next heartbeat: make that soon.
				"liveblog.live.heartbeat=PT1S",
				// Other tests' scheduled entries are not for this instance to publish and count.
				"liveblog.scheduled-publishing.interval=PT24H", "spring.datasource.hikari.maximum-pool-size=3")
		.on(database)
		.forTheTestClass();

	@Test
	void prometheusIsScrapedFromTheManagementPortWithoutAnAccountAndNotServedOnThePublicOne() {
		HttpResponse<String> scrape = management().get("/actuator/prometheus");

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("liveblog_entries_published_total");
		assertThat(application().get("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(management().get("/actuator/env").statusCode()).as("not exposed").isEqualTo(404);
	}

	@Test
	void metricsFollowReadersPublicationsAndFeedPages() {
		LiveBlog blog = blogBelowTheDemoOnTheFrontPage();
		String readers = "liveblog_readers{blog=\"" + blog.getSlug() + "\"}";
		Map<String, Double> before = scrape();
		assertThat(before).doesNotContainKey(readers);

		try (SseClient reader = SseClient.connect(instance.port(), "/live/" + blog.getSlug() + "/events",
				null)) {
			await().atMost(WITHIN).until(() -> scrape().getOrDefault(readers, 0.0) == 1.0);

			Newsroom.on(instance).publish(blog, "Counted once.", Instant.now());

			await().atMost(WITHIN).until(() -> reader.events().size() == 1);
			await().atMost(WITHIN).untilAsserted(() -> {
				Map<String, Double> after = scrape();
				assertThat(increase(before, after, "liveblog_entries_published_total")).isEqualTo(1);
				assertThat(increase(before, after, "liveblog_fanout_seconds_count")).isEqualTo(1);
			});
		}
		await("a blog without readers has no series").atMost(WITHIN).until(() -> !scrape().containsKey(readers));

		Map<String, Double> beforePages = scrape();
		assertThat(application().get("/live/" + blog.getSlug()).statusCode()).isEqualTo(200);
		assertThat(application().get("/live/" + blog.getSlug()).statusCode()).isEqualTo(200);
		Map<String, Double> afterPages = scrape();
		assertThat(increase(beforePages, afterPages, "liveblog_page_cache_total{result=\"miss\"}")).isEqualTo(1);
		assertThat(increase(beforePages, afterPages, "liveblog_page_cache_total{result=\"render\"}")).isEqualTo(1);
		assertThat(increase(beforePages, afterPages, "liveblog_page_cache_total{result=\"hit\"}")).isEqualTo(1);
	}

	@Test
	void readinessIsDownWhileTheListeningConnectionIsLostAndLivenessIsNot() {
		await().atMost(WITHIN).until(() -> management().get("/actuator/health/readiness").statusCode() == 200);

		database.cut = true;
		try {
			instance.bean(JdbcTemplate.class)
				.queryForList("select pg_terminate_backend(pid) from pg_stat_activity "
						+ "where application_name = 'liveblog-listener'");

			await().atMost(WITHIN).untilAsserted(() -> {
				HttpResponse<String> readiness = management().get("/actuator/health/readiness");
				assertThat(readiness.statusCode()).isEqualTo(503);
				assertThat(JSON.readTree(readiness.body()).at("/components/liveChanges/status").asString())
					.isEqualTo("DOWN");
			});
			assertThat(application().get("/readyz").statusCode()).as("on the public port too").isEqualTo(503);
			HttpResponse<String> liveness = management().get("/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");
			Health listener = instance.bean("liveChangesHealthIndicator", HealthIndicator.class).health();
			assertThat(listener.getStatus()).isEqualTo(Status.DOWN);
			assertThat(listener.getDetails()).containsKeys("notListeningSince", "problem");
		}
		finally {
			database.cut = false;
		}

		await("back when the listener reconnects").atMost(WITHIN)
			.until(() -> management().get("/actuator/health/readiness").statusCode() == 200);
		assertThat(application().get("/readyz").statusCode()).isEqualTo(200);
	}

	/**
	 * A public blog of this test's own, ended and dated before the demo blog: the front page lists 50 blogs,
	 * live ones first then the most recent, and DemoFeedTests expects the demo blog among them in the shared
	 * test database.
	 */
	private static LiveBlog blogBelowTheDemoOnTheFrontPage() {
		return instance.bean(LiveBlogs.class)
			.open(new LiveBlogSettings(Newsroom.uniqueSlug(), "Operations test", "Metrics", Locale.ENGLISH,
					ZoneId.of("Europe/London"), LiveBlogStatus.ENDED, Instant.parse("2001-01-01T08:00:00Z"), null),
					Newsroom.DESK);
	}

	private static Browser application() {
		return new Browser(instance.port());
	}

	private static Browser management() {
		return new Browser(instance.managementPort());
	}

	/** The scraped samples, by name and labels as Prometheus prints them. */
	private static Map<String, Double> scrape() {
		HttpResponse<String> response = management().get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Double> samples = new HashMap<>();
		response.body().lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
			int space = line.lastIndexOf(' ');
			samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
		});
		return samples;
	}

	private static double increase(Map<String, Double> before, Map<String, Double> after, String sample) {
		assertThat(after).containsKey(sample);
		return after.get(sample) - before.getOrDefault(sample, 0.0);
	}

	/**
	 * The test database, which the listening connection can be cut off from: while {@code cut}, every new
	 * connection made through these details fails, as when the database is out of reach. The pool made its
	 * connections through them at start-up and keeps them, so the rest of the application carries on.
	 */
	private static final class CuttableDatabase implements JdbcConnectionDetails {

		private final JdbcConnectionDetails database = TestDatabase.connectionDetails();

		volatile boolean cut;

		@Override
		public String getJdbcUrl() {
			// Nothing listens on port 1: refused at once.
			return this.cut ? "jdbc:postgresql://127.0.0.1:1/unreachable" : this.database.getJdbcUrl();
		}

		@Override
		public String getUsername() {
			return this.database.getUsername();
		}

		@Override
		public String getPassword() {
			return this.database.getPassword();
		}

	}

}
