package news.liveblog.dev;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The development run's database: an embedded PostgreSQL whose data stays in {@code .data/postgres}
 * (git-ignored), so what an editor writes today is still there tomorrow.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevelopmentDatabase {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres developmentPostgres(@Value("${liveblog.dev.data-directory:.data/postgres}") Path dataDirectory) {
		return EmbeddedDatabase.startKeeping(dataDirectory.toAbsolutePath());
	}

	@Bean
	JdbcConnectionDetails developmentDatabaseConnection(EmbeddedPostgres developmentPostgres) {
		return EmbeddedDatabase.connectionDetails(developmentPostgres);
	}

}
