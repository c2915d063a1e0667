package news.liveblog.account;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import news.liveblog.ApplicationTest;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the application's own port, health and info are open to all, with statuses but no details for
 * strangers; everything else of the actuator, Prometheus's metrics first, is for signed-in admins only.
 */
@ApplicationTest
class OperationsSecurityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/env", "/actuator/beans", "/actuator/metrics",
			"/actuator/heapdump", "/actuator" })
	void strangersAreRefusedEverythingButHealthAndInfo(String uri) {
		assertThat(this.mvc.get().uri(uri).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void editorsAreRefusedTheMetrics() {
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(asEditor()).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anAdminGetsTheMetricsInPrometheusFormat() {
		MvcTestResult result = this.mvc.get().uri("/actuator/prometheus").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		assertThat(body(result)).contains("# HELP liveblog_entries_published_total ")
			.contains("liveblog_page_cache_total{result=\"hit\"}")
			.contains("liveblog_page_cache_total{result=\"miss\"}")
			.contains("liveblog_page_cache_total{result=\"render\"}")
			.contains("liveblog_fanout_seconds_bucket{le=")
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void endpointsThatAreNotExposedStayAbsentEvenForAdmins() {
		assertThat(this.mvc.get().uri("/actuator/env").with(asAdmin()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/livez",
			"/readyz" })
	void healthAndItsProbesAreOpenWithStatusesButNoDetails(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();

		// 503 is an answer too: readiness is down for a moment whenever a test cuts the listening connection.
		assertThat(result.getResponse().getStatus()).isIn(200, 503);
		JsonNode health = JSON.readTree(body(result));
		assertThat(health.path("components").isEmpty()).as("components listed").isFalse();
		assertThat(body(result)).doesNotContain("details");
	}

	@Test
	void livenessLeavesTheDatabaseOutAndReadinessTakesItAndTheListeningConnectionIn() {
		JsonNode liveness = JSON.readTree(body(this.mvc.get().uri("/actuator/health/liveness").exchange()));
		JsonNode readiness = JSON.readTree(body(this.mvc.get().uri("/actuator/health/readiness").exchange()));

		assertThat(liveness.path("components").propertyNames()).containsExactly("livenessState");
		assertThat(readiness.path("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "db",
				"liveChanges");
	}

	@Test
	void anAdminSeesTheDetails() {
		JsonNode health = JSON.readTree(body(this.mvc.get().uri("/actuator/health").with(asAdmin()).exchange()));

		assertThat(health.at("/components/db/details/database").asString()).isEqualTo("PostgreSQL");
		assertThat(health.at("/components/liveChanges/details").isEmpty()).isFalse();
	}

	private RequestPostProcessor asEditor() {
		return SignedIn.as(this.accounts, DemoAccounts.EDITOR);
	}

	private RequestPostProcessor asAdmin() {
		return SignedIn.as(this.accounts, DemoAccounts.ADMIN);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
