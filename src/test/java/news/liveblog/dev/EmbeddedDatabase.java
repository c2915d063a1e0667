package news.liveblog.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A real PostgreSQL 17 server run from the binaries that come with the build, for the development run
 * and the tests. Zonky stops it when the JVM exits.
 */
final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/** A server keeping its data in the given directory across runs. */
	static EmbeddedPostgres startKeeping(Path dataDirectory) {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("timezone", "UTC")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** A server keeping its data in the given directory across runs, on a fixed port that others can be told. */
	static EmbeddedPostgres startKeeping(Path dataDirectory, int port) {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("timezone", "UTC")
				// Three instances, each with its pool and its listening connection, plus a harness: more than
				// the default 100 connections would be tight.
				.setServerConfig("max_connections", "200")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** A server on a fresh temporary directory, removed when it stops. */
	static EmbeddedPostgres startThrowaway() {
		try {
			return EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	static JdbcConnectionDetails connectionDetails(EmbeddedPostgres postgres) {
		return connectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
	}

	static JdbcConnectionDetails connectionDetails(String url, String username, String password) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}

		};
	}

}
