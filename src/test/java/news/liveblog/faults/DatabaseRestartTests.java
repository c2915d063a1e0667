package news.liveblog.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.NewAccount;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.TestDatabase;
import news.liveblog.live.ChangeNotifications;
import news.liveblog.live.SseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops for about ten seconds while readers are connected and an editor publishes, then comes
 * back on the same data: readers keep the page (from memory) and their streams, the editor is told the
 * database is unavailable and gets the text back ready to send again, the application recovers by itself
 * (its listener reconnects, the editor's kept text goes through), and every reader receives every entry
 * published after recovery, once.
 * <p>
 * The database here is a server of this test's own (the suite's shared one must not stop).
 */
class DatabaseRestartTests {

	private static final String PASSWORD = "a long enough test password";

	private static final Duration OUTAGE = Duration.ofSeconds(10);

	private static final String KEPT_TEXT = "Written while the database was down: this must not be lost.";

	private static final String AFTER_TEXT = "Published after the outage.";

	private static final List<String> KNOWN_TEXTS = List.of(KEPT_TEXT, AFTER_TEXT);

	@TempDir
	static Path work;

	private static int databasePort;

	private static EmbeddedPostgres database;

	private static SecondInstance app;

	@BeforeAll
	static void start() throws IOException {
		databasePort = freePort();
		database = startDatabase();
		app = SecondInstance.on(TestDatabase.of(database)).start();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (database != null) {
			closeQuietly(database);
		}
	}

	@Test
	void theDatabaseStopsForTenSecondsAndNothingIsLostNorDoubled() throws Exception {
		Newsroom newsroom = Newsroom.on(app);
		LiveBlog blog = newsroom.openBlog(LiveBlogStatus.LIVE);
		newsroom.publish(blog, "Published before the outage.", Instant.now().minusSeconds(60));
		String username = "outage-" + blog.getSlug();
		app.bean(Accounts.class)
			.create(new NewAccount(username, "Outage Tester", PASSWORD, EditorRole.EDITOR), Actor.application("test"));
		CookieBrowser editor = CookieBrowser.signedIn(port(), username, PASSWORD);
		HttpResponse<String> composerPage = editor.get(port(), "/admin/live/" + blog.getSlug());
		assertThat(composerPage.statusCode()).isEqualTo(200);
		Document composer = Jsoup.parse(composerPage.body());
		String feed = "/live/" + blog.getSlug();
		assertThat(get(feed).body()).contains("Published before the outage.");
		List<SseClient> readers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			readers.add(SseClient.connect(port(), feed + "/events", null));
		}
		ChangeNotifications notifications = app.bean(ChangeNotifications.class);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications.isListening() && readers.stream().allMatch((reader) -> reader.status() == 200));

		database.close();
		Instant stopped = Instant.now();

		// Readers: the page comes from memory, the streams stay open.
		HttpResponse<String> page = get(feed);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Published before the outage.");
		assertThat(readers).noneMatch(SseClient::ended);
		// The editor: a clear answer, and the text back in a form that sends it again.
		String text = KEPT_TEXT;
		HttpResponse<String> attempt = editor.submit(port(), composer.getElementById("composer"),
				Map.of("body", text, "action", "publish"));
		assertThat(attempt.statusCode()).isEqualTo(503);
		assertThat(attempt.headers().firstValue("Retry-After")).isPresent();
		Document unavailable = Jsoup.parse(attempt.body());
		assertThat(unavailable.select("[role=alert]").text()).contains("database is unavailable")
			.contains("Your text is kept");
		Element kept = unavailable.selectFirst("form");
		assertThat(kept.selectFirst("[name=body]").val()).isEqualTo(text);
		assertThat(attempt.body()).doesNotContain("Exception").doesNotContain("at news.liveblog");
		HttpResponse<String> dashboard = editor.get(port(), "/admin");
		assertThat(dashboard.statusCode()).isEqualTo(503);
		assertThat(Jsoup.parse(dashboard.body()).select("main p").text()).contains("database is unavailable");

		// The outage itself: long enough for the listener's reconnections to back off to their longest pause.
		await().atMost(OUTAGE.plusSeconds(5))
			.until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
		database = startDatabase();

		// The application recovers by itself: the listening connection, the back office, the pages.
		await().atMost(Duration.ofSeconds(10)).until(notifications::isListening);
		await().atMost(Duration.ofSeconds(10)).until(() -> editor.submit(port(), kept, Map.of()).statusCode() == 302);
		newsroom.publish(blog, AFTER_TEXT, Instant.now());

		for (SseClient reader : readers) {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(texts(reader)).contains(text, AFTER_TEXT));
		}
		assertThat(get(feed).body()).contains(text).contains(AFTER_TEXT);
		// Sending the kept text more than once (the await above may have) saved it once, and no reader got
		// anything twice.
		assertThat(Jsoup.parse(get(feed).body()).select("article")).filteredOn((entry) -> entry.text().contains(text))
			.hasSize(1);
		for (SseClient reader : readers) {
			assertThat(reader.ids()).doesNotHaveDuplicates();
			assertThat(texts(reader)).filteredOn(text::equals).hasSize(1);
			reader.close();
		}
	}

	/** The texts of the entries a reader was sent, one per event, as far as this test wrote them. */
	private static List<String> texts(SseClient reader) {
		return reader.events()
			.stream()
			.filter((event) -> event.name().equals("entry-published"))
			.map((event) -> KNOWN_TEXTS.stream().filter(event.data()::contains).findFirst().orElse(event.data()))
			.toList();
	}

	private static int port() {
		return app.port();
	}

	private static HttpResponse<String> get(String path) {
		return new Browser(port()).get(path);
	}

	/** Started on the same port and data every time, as a restarted server would be. */
	private static EmbeddedPostgres startDatabase() throws IOException {
		Path data = work.resolve("postgres");
		Files.createDirectories(data);
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(databasePort)
			.setServerConfig("timezone", "UTC")
			.start();
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
