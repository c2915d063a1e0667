package news.liveblog.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore of the README, done for real: {@code pg_dump -Fc} of a live blog's database,
 * {@code pg_restore --no-owner} into an empty one, and an application started on the restored database
 * serves the same feed, permalinks and corrections, and goes on publishing.
 * <p>
 * It needs PostgreSQL's own tools, which the embedded server's binaries lack: Debian's server package
 * (installed by .ci/run), run as its {@code postgres} user, since PostgreSQL refuses to run as root.
 */
class BackupRestoreTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	static Path work;

	private static Path bin;

	private static Path data;

	private static int port;

	@BeforeAll
	static void startServer() throws Exception {
		bin = debianPostgresBinaries().orElse(null);
		Assumptions.assumeTrue(bin != null,
				"No PostgreSQL tools in /usr/lib/postgresql/*/bin: install Debian's postgresql (.ci/run does)");
		port = freePort();
		// The postgres user must reach its data through the temporary directory.
		Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		data = work.resolve("cluster");
		Files.createDirectories(data);
		run("chown", "postgres:", data.toString());
		asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
				"--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
		asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", data.resolve("log").toString(),
				"-o", "-p " + port + " -k " + data + " -c listen_addresses=localhost -c timezone=UTC", "start");
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (data != null && Files.exists(data.resolve("postmaster.pid"))) {
			asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-m", "fast", "stop");
		}
	}

	@Test
	void aRestoredDumpServesTheSameFeedAndGoesOnPublishing() throws Exception {
		psql("postgres", "create database newsroom");
		String slug;
		String feedBefore;
		String permalink;
		try (SecondInstance app = startApplication("newsroom")) {
			Newsroom newsroom = Newsroom.on(app);
			LiveBlog blog = newsroom.openBlog(LiveBlogStatus.LIVE);
			newsroom.publish(blog, "Before the backup: the summit opens.", Instant.now().minusSeconds(120));
			Entry corrected = newsroom.publish(blog, "Zelensky arives in Brussels.", Instant.now().minusSeconds(60));
			newsroom.correct(blog, corrected, EntryText.of("Zelensky arrives in Brussels."), "Spelling");
			Entry retracted = newsroom.publish(blog, "Withdrawn before the backup.", Instant.now());
			newsroom.retract(blog, retracted, "Legal");
			slug = blog.getSlug();
			feedBefore = entriesOf(get(app, "/live/" + slug));
			permalink = "/live/" + slug + "/entries/" + corrected.getId();
			assertThat(get(app, permalink)).contains("Zelensky arrives in Brussels.");
		}

		Path dumps = work.resolve("dumps");
		Files.createDirectories(dumps);
		run("chown", "postgres:", dumps.toString());
		Path dump = dumps.resolve("newsroom.dump");
		asPostgres(bin.resolve("pg_dump").toString(), "-h", data.toString(), "-p", String.valueOf(port), "-U",
				"postgres", "-Fc", "-f", dump.toString(), "newsroom");
		psql("postgres", "create database restored");
		asPostgres(bin.resolve("pg_restore").toString(), "-h", data.toString(), "-p", String.valueOf(port), "-U",
				"postgres", "--no-owner", "-d", "restored", dump.toString());

		try (SecondInstance restored = startApplication("restored")) {
			String feedAfter = entriesOf(get(restored, "/live/" + slug));
			assertThat(feedAfter).isEqualTo(feedBefore).contains("Zelensky arrives in Brussels.")
				.doesNotContain("Withdrawn before the backup.");
			assertThat(Jsoup.parse(get(restored, permalink)).select("article").text())
				.contains("Zelensky arrives in Brussels.");
			assertThat(get(restored, permalink + "/revisions")).contains("Zelensky arives in Brussels.");
			// And it goes on: the sequences came back with the data.
			Newsroom newsroom = Newsroom.on(restored);
			LiveBlog blog = newsroom.liveBlogs().find(slug).orElseThrow();
			newsroom.publish(blog, "After the restore.", Instant.now());
			assertThat(get(restored, "/live/" + slug)).contains("After the restore.");
		}
	}

	/** The entries of a feed page, which is what must come back; the page around them may differ. */
	private static String entriesOf(String page) {
		Document document = Jsoup.parse(page);
		return document.select("article").outerHtml();
	}

	/** Configured as an operator configures the packaged application for that database. */
	private static SecondInstance startApplication(String database) {
		return SecondInstance
			.with("spring.datasource.url=jdbc:postgresql://localhost:" + port + "/" + database,
					"spring.datasource.username=postgres", "spring.datasource.password=")
			.onTheConfiguredDatabase()
			.start();
	}

	private static String get(SecondInstance app, String path) {
		HttpResponse<String> response = new Browser(app.port()).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static void psql(String database, String sql) throws Exception {
		asPostgres(bin.resolve("psql").toString(), "-h", data.toString(), "-p", String.valueOf(port), "-U", "postgres",
				"-v", "ON_ERROR_STOP=1", "-c", sql, database);
	}

	/** The newest Debian PostgreSQL with the server and its tools. */
	private static Optional<Path> debianPostgresBinaries() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root) || !"root".equals(System.getProperty("user.name"))) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((candidate) -> Stream.of("initdb", "pg_ctl", "pg_dump", "pg_restore", "psql")
					.allMatch((tool) -> Files.isExecutable(candidate.resolve(tool))))
				.max(Comparator.comparing((candidate) -> Integer.parseInt(candidate.getParent().getFileName().toString())));
		}
	}

	private static void asPostgres(String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		line.addAll(Arrays.asList(command));
		run(line.toArray(String[]::new));
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
		assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
