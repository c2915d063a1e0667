package news.liveblog.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests' database. Set {@code LIVEBLOG_TEST_DATABASE_URL} (with {@code LIVEBLOG_TEST_DATABASE_USERNAME}
 * and {@code LIVEBLOG_TEST_DATABASE_PASSWORD}) to run against a PostgreSQL that already runs; otherwise one
 * embedded server is started for the whole test run and shared by every application context in it.
 * Tests never clean it: each one writes into blogs of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	public static final String URL_VARIABLE = "LIVEBLOG_TEST_DATABASE_URL";

	@Bean
	JdbcConnectionDetails testDatabaseConnection() {
		return connectionDetails();
	}

	/** The same database for every context of the run, and for tests that start an application themselves. */
	public static JdbcConnectionDetails connectionDetails() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return EmbeddedDatabase.connectionDetails(url, System.getenv("LIVEBLOG_TEST_DATABASE_USERNAME"),
					System.getenv("LIVEBLOG_TEST_DATABASE_PASSWORD"));
		}
		return EmbeddedDatabase.connectionDetails(SharedServer.POSTGRES);
	}

	/** The postgres database of a server a test runs itself (one it stops and starts, say). */
	public static JdbcConnectionDetails of(EmbeddedPostgres server) {
		return EmbeddedDatabase.connectionDetails(server);
	}

	/**
	 * A database of that name on the tests' server, for a test that needs one of its own (empty, or on which
	 * other tests' blogs do not show); the test creates and drops it.
	 */
	public static JdbcConnectionDetails named(String database) {
		JdbcConnectionDetails server = connectionDetails();
		return EmbeddedDatabase.connectionDetails(
				server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), server.getUsername(),
				server.getPassword());
	}

	/** Started on first use, by the class loader, once; stopped by Zonky's shutdown hook. */
	private static final class SharedServer {

		static final EmbeddedPostgres POSTGRES = EmbeddedDatabase.startThrowaway();

	}

}
