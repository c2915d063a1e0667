package news.liveblog.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import news.liveblog.SecondInstance;
import news.liveblog.dev.TestDatabase;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
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
		JdbcConnectionDetails unknown = TestDatabase.named("no_such_database");
		String url = unknown.getJdbcUrl();

		assertThatException().isThrownBy(() -> start("spring.datasource.url=" + url,
				"spring.datasource.username=" + unknown.getUsername(),
				"spring.datasource.password=" + unknown.getPassword()));

		assertThat(output).contains("Cannot use the PostgreSQL database at " + url)
			.contains("no_such_database")
			.contains("Check SPRING_DATASOURCE_URL");
	}

	/** Configured from the environment alone, as the packaged application is. */
	private static void start(String... properties) {
		SecondInstance.with(properties).onTheConfiguredDatabase().start().close();
	}

}
