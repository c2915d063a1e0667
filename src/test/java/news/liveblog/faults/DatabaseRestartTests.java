package news.liveblog.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.liveblog.LiveBlogApplication;
import news.liveblog.TestBlogs;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.NewAccount;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.live.ChangeNotifications;
import news.liveblog.live.SseClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops for about ten seconds while readers are connected and an editor publishes, then comes
 * back on the same data: readers keep the page (from memory) and their streams, the editor is told the
 * database is unavailable and gets the text back ready to send again, the application recovers by itself
 * within 10 s, and every reader receives every entry published after recovery, once.
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

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() throws IOException {
		databasePort = freePort();
		database = startDatabase();
		String url = database.getJdbcUrl("postgres", "postgres");
		app = new SpringApplicationBuilder(LiveBlogApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean(JdbcConnectionDetails.class,
					() -> connection(url)))
			.properties("spring.main.banner-mode=off")
			// An argument, since application.properties' server.port outranks default properties.
			.run("--server.port=0");
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
		LiveBlog blog = TestBlogs.open(app.getBean(LiveBlogs.class), LiveBlogStatus.LIVE);
		Entries entries = app.getBean(Entries.class);
		TestBlogs.publish(entries, blog, "Published before the outage.", Instant.now().minusSeconds(60));
		String username = "outage-" + blog.getSlug();
		app.getBean(Accounts.class)
			.create(new NewAccount(username, "Outage Tester", PASSWORD, EditorRole.EDITOR), Actor.application("test"));
		EditorSession editor = EditorSession.signIn(port(), username, PASSWORD);
		Document composer = editor.get("/admin/live/" + blog.getSlug());
		String feed = "/live/" + blog.getSlug();
		assertThat(get(feed).body()).contains("Published before the outage.");
		List<SseClient> readers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			readers.add(SseClient.connect(port(), feed + "/events", null));
		}
		ChangeNotifications notifications = app.getBean(ChangeNotifications.class);
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
		HttpResponse<String> attempt = editor.submit(composer.getElementById("composer"),
				Map.of("body", text, "action", "publish"));
		assertThat(attempt.statusCode()).isEqualTo(503);
		assertThat(attempt.headers().firstValue("Retry-After")).isPresent();
		Document unavailable = Jsoup.parse(attempt.body());
		assertThat(unavailable.select("[role=alert]").text()).contains("database is unavailable")
			.contains("Your text is kept");
		Element kept = unavailable.selectFirst("form");
		assertThat(kept.selectFirst("[name=body]").val()).isEqualTo(text);
		assertThat(attempt.body()).doesNotContain("Exception").doesNotContain("at news.liveblog");
		HttpResponse<String> dashboard = editor.request("/admin");
		assertThat(dashboard.statusCode()).isEqualTo(503);
		assertThat(Jsoup.parse(dashboard.body()).select("main p").text()).contains("database is unavailable");

		await().atMost(OUTAGE.plusSeconds(5))
			.until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
		database = startDatabase();
		Instant restarted = Instant.now();

		// The application recovers by itself: the listening connection, the back office, the pages.
		await().atMost(Duration.ofSeconds(10)).until(notifications::isListening);
		await().atMost(Duration.ofSeconds(10)).until(() -> editor.submit(kept, Map.of()).statusCode() == 302);
		assertThat(Duration.between(restarted, Instant.now())).isLessThan(Duration.ofSeconds(10));
		TestBlogs.publish(entries, blog, AFTER_TEXT, Instant.now());

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
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	private static HttpResponse<String> get(String path) {
		return EditorSession.send(HttpClient.newHttpClient(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).GET().build());
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

	private static JdbcConnectionDetails connection(String url) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

		};
	}

	/** An editor's browser, reduced to cookies and forms. */
	private record EditorSession(HttpClient client, String base) {

		static EditorSession signIn(int port, String username, String password) {
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			EditorSession session = new EditorSession(client, "http://localhost:" + port);
			Document login = session.get("/admin/login");
			HttpResponse<String> signedIn = session.submit(login.selectFirst("form"),
					Map.of("username", username, "password", password));
			assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).doesNotContain("error"));
			return session;
		}

		HttpResponse<String> request(String path) {
			return send(this.client, HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
		}

		Document get(String path) {
			HttpResponse<String> response = request(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return Jsoup.parse(response.body(), this.base + path);
		}

		/** Posts a form as a browser would: its fields (hidden ones included), with some of them filled in. */
		HttpResponse<String> submit(Element form, Map<String, String> filledIn) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (Element field : form.select("input[name], textarea[name]")) {
				if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
					fields.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
				}
			}
			fields.putAll(filledIn);
			String body = fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			String action = form.attr("action");
			return send(this.client, HttpRequest.newBuilder(URI.create(this.base + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

		static HttpResponse<String> send(HttpClient client, HttpRequest request) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
