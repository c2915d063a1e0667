package news.liveblog.dev;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local cluster's database ({@code deploy/local-cluster.sh}): the embedded PostgreSQL 17 on a fixed
 * loopback port, keeping its data in the given directory, until the process is told to stop (SIGTERM), when
 * Zonky's shutdown hook stops the server.
 * <p>
 * {@code java ... news.liveblog.dev.LocalClusterDatabase DATA_DIRECTORY PORT}
 */
public final class LocalClusterDatabase {

	private LocalClusterDatabase() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: LocalClusterDatabase DATA_DIRECTORY PORT");
		}
		EmbeddedPostgres postgres = EmbeddedDatabase.startKeeping(Path.of(args[0]).toAbsolutePath(),
				Integer.parseInt(args[1]));
		// The script waits for this line before starting the instances.
		System.out.println("PostgreSQL ready: " + postgres.getJdbcUrl("postgres", "postgres"));
		new CountDownLatch(1).await();
	}

}
