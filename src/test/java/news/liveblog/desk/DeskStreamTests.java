package news.liveblog.desk;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;
import news.liveblog.live.ChangeNotifications;
import news.liveblog.live.SseClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The back office's stream of changes, over real HTTP with real sessions: every change reaches every
 * signed-in editor on every instance, drafts included; a contributor hears only of public entries and of
 * their own; a stranger gets nothing; a stream ends with its session, and a session cannot open streams
 * without end.
 */
@ServerTest
class DeskStreamTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	private static final String EVENTS = "/admin/desk/events";

	private static final String PASSWORD = "desk-stream-tests-password";

	/** Another instance on the same database, quick to notice an ended session and strict about streams. */
	@RegisterExtension
	static final SecondInstance instanceB = SecondInstance
		.with("liveblog.desk.heartbeat=PT0.5S", "liveblog.desk.max-streams-per-session=2")
		.forTheTestClass();

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private Accounts accounts;

	@Autowired
	private ChangeNotifications notifications;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aStrangerGetsNoStream() {
		try (SseClient stranger = SseClient.connectWith(this.port, EVENTS)) {
			await().atMost(WITHIN).until(stranger::ended);
			assertThat(stranger.status()).isEqualTo(401);
			assertThat(stranger.events()).isEmpty();
		}
		// Not asking for a stream, it is sent to sign in as for any back-office page.
		HttpResponse<String> page = new CookieBrowser().get(this.port, EVENTS);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/login"));
	}

	@Test
	void aDraftSavedByAnEditorReachesAnotherEditorsStreamWithoutItsText() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		CookieBrowser colleague = CookieBrowser.signedIn(this.port, DemoAccounts.ADMIN);
		try (SseClient stream = openAndWait(this.port, colleague)) {
			Entry draft = this.newsroom.write(blog, EntryText.of("Draft: the summit's final text, embargoed."),
					Publication.draft(), this.newsroom.actor(DemoAccounts.EDITOR));

			await().atMost(WITHIN)
				.untilAsserted(() -> assertThat(stream.events()).anySatisfy((event) -> {
					assertThat(event.name()).isEqualTo("change");
					assertThat(event.data()).isEqualTo("{\"blog\":" + blog.getId() + ",\"kind\":\"DRAFT_SAVED\","
							+ "\"entryId\":" + draft.getId() + "}");
				}));
			assertThat(stream.events()).noneSatisfy((event) -> assertThat(event.data()).contains("embargoed"));
		}
	}

	@Test
	void aContributorHearsOfPublicEntriesAndTheirOwnButNeverOfAColleaguesDraft() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Editor reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, PASSWORD);
		CookieBrowser contributor = CookieBrowser.signedIn(this.port, reporter.getUsername(), PASSWORD);
		try (SseClient stream = openAndWait(this.port, contributor)) {
			Entry colleaguesDraft = this.newsroom.write(blog, EntryText.of("An editor's draft."), Publication.draft(),
					this.newsroom.actor(DemoAccounts.EDITOR));
			Entry scheduled = this.newsroom.write(blog, EntryText.of("Scheduled for noon."),
					Publication.scheduled(Instant.now().plus(Duration.ofHours(2))), this.newsroom.actor(DemoAccounts.EDITOR));
			Entry ownDraft = this.newsroom.write(blog, EntryText.of("My own quote from NATO."), Publication.draft(),
					new Actor(reporter.getId(), reporter.getDisplayName()));
			Entry published = this.newsroom.publish(blog, "Published for everyone.", Instant.now());

			// Told in order: once the last has arrived, what came before would have too.
			await().atMost(WITHIN).until(() -> mentions(stream, published));
			assertThat(mentions(stream, ownDraft)).isTrue();
			assertThat(mentions(stream, colleaguesDraft)).isFalse();
			assertThat(mentions(stream, scheduled)).isFalse();
		}
	}

	@Test
	void aChangeCommittedOnAnotherInstanceReachesAnEditorsStreamOnThisOne() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		try (SseClient stream = openAndWait(this.port, editor)) {
			await().atMost(WITHIN).until(this.notifications::isListening);

			Newsroom onB = Newsroom.on(instanceB);
			Entry draft = onB.write(blog, EntryText.of("Saved through instance B."), Publication.draft(),
					onB.actor(DemoAccounts.ADMIN));

			await().atMost(Duration.ofSeconds(2)).until(() -> mentions(stream, draft));
		}
	}

	@Test
	void afterTheListenerWasDownEveryPageIsToldToRefreshWhatItShows() {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		try (SseClient stream = openAndWait(this.port, editor)) {
			await().atMost(WITHIN).until(this.notifications::isListening);

			// Whatever was committed while nobody listened was missed: the pages catch up by fetching anew.
			this.jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity "
					+ "where application_name = 'liveblog-listener'");

			await().atMost(WITHIN)
				.untilAsserted(() -> assertThat(stream.events()).anySatisfy((event) -> assertThat(event.name()).isEqualTo("resync")));
		}
	}

	@Test
	void theStreamEndsWithItsSessionAndTheReconnectIsRefused() {
		CookieBrowser editor = CookieBrowser.signedIn(instanceB.port(), DemoAccounts.EDITOR);
		// What the page's stream reconnects with: the cookie it was opened with.
		String sessionCookie = cookieOf(editor);
		try (SseClient stream = openAndWait(instanceB.port(), editor)) {
			editor.post(instanceB.port(), "/admin/logout", CookieBrowser.form());

			await().atMost(WITHIN).until(stream::ended);
		}
		try (SseClient reconnect = SseClient.connectWith(instanceB.port(), EVENTS, "Cookie", sessionCookie)) {
			await().atMost(WITHIN).until(reconnect::ended);
			assertThat(reconnect.status()).isEqualTo(401);
		}
	}

	@Test
	void aSessionHoldsSeveralStreamsButNotWithoutEnd() {
		CookieBrowser editor = CookieBrowser.signedIn(instanceB.port(), DemoAccounts.EDITOR);
		List<SseClient> tabs = new ArrayList<>();
		try {
			tabs.add(openAndWait(instanceB.port(), editor));
			tabs.add(openAndWait(instanceB.port(), editor));
			try (SseClient oneTooMany = SseClient.connectWith(instanceB.port(), EVENTS, "Cookie", cookieOf(editor))) {
				await().atMost(WITHIN).until(oneTooMany::ended);
				assertThat(oneTooMany.status()).isEqualTo(429);
			}

			// A tab closed gives its place back.
			tabs.removeFirst().close();
			await().atMost(WITHIN).until(() -> {
				SseClient again = SseClient.connectWith(instanceB.port(), EVENTS, "Cookie", cookieOf(editor));
				tabs.add(again);
				await().atMost(WITHIN).until(() -> again.status() != 0 || again.ended());
				return again.status() == 200;
			});
		}
		finally {
			tabs.forEach(SseClient::close);
		}
	}

	/** A stream in the browser's session, once it is open (its greeting is in: it hears what commits now). */
	private static SseClient openAndWait(int port, CookieBrowser browser) {
		SseClient stream = SseClient.connectWith(port, EVENTS, "Cookie", cookieOf(browser));
		await().atMost(WITHIN).until(() -> stream.status() != 0 || stream.ended());
		assertThat(stream.status()).isEqualTo(200);
		return stream;
	}

	private static String cookieOf(CookieBrowser browser) {
		return "SESSION=" + browser.sessionCookie().orElseThrow();
	}

	private static boolean mentions(SseClient stream, Entry entry) {
		return stream.events().stream().anyMatch((event) -> event.data().contains("\"entryId\":" + entry.getId() + "}"));
	}

}
