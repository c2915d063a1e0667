package news.liveblog.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import news.liveblog.LiveBlogApplication;
import news.liveblog.dev.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The packaged application never falls back to a database of its own: without a usable PostgreSQL it
 * refuses to start and says what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseConfigurationFailureTests {

	@Test
	void startUpWithoutADatabaseStopsAndSaysWhatToSet(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("spring.datasource.url="));

		assertThat(output).contains("No PostgreSQL database is configured.")
			.contains("Set SPRING_DATASOURCE_URL (for example jdbc:postgresql://localhost:5432/liveblog), "
					+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void startUpWithAnUnreachableDatabaseStopsAndSaysWhatToCheck(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/liveblog"));

		assertThat(output).contains("Cannot use the PostgreSQL database at jdbc:postgresql://127.0.0.1:1/liveblog")
			.contains("Check SPRING_DATASOURCE_URL");
	}

	@Test
	void startUpWithAnUnknownDatabaseNameStopsAndSaysWhatToCheck(CapturedOutput output) {
		String url = TestDatabase.connectionDetails().getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/no_such_database$1");

		assertThatException().isThrownBy(() -> start("spring.datasource.url=" + url,
				"spring.datasource.username=" + TestDatabase.connectionDetails().getUsername(),
				"spring.datasource.password=" + TestDatabase.connectionDetails().getPassword()));

		assertThat(output).contains("Cannot use the PostgreSQL database at " + url)
			.contains("no_such_database")
			.contains("Check SPRING_DATASOURCE_URL");
	}

	private static void start(String... properties) {
		new SpringApplicationBuilder(LiveBlogApplication.class).properties(properties).run("--server.port=0").close();
	}

}
