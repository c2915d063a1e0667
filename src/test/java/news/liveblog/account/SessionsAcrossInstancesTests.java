package news.liveblog.account;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.CookieBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL, as behind a round-robin load balancer, and one browser whose requests
 * land on either: a back-office session opened on one is the same session on the other (sign-in, CSRF
 * token, flash messages, sign-out), and disabling an account ends its sessions everywhere.
 */
@ServerTest
class SessionsAcrossInstancesTests {

	private static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final SecondInstance instanceB = SecondInstance.forTheTestClass();

	@LocalServerPort
	private int portOfA;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anEditorSignedInOnOneInstancePublishesThroughTheOtherWithTheSameCsrfToken() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		LiveBlog blog = draftBlog();
		CookieBrowser browser = new CookieBrowser();

		assertThat(path(browser.signIn(this.portOfA, editor.getUsername(), PASSWORD))).isEqualTo("/admin");
		String composerOnA = browser.get(this.portOfA, composer(blog)).body();

		HttpResponse<String> published = browser.post(portOfB(), composer(blog) + "/entries",
				publishForm(composerOnA, "Published through instance B with A's session."));

		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(path(published)).isEqualTo(composer(blog));
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).singleElement()
			.satisfies((entry) -> assertThat(entry.getBodySource())
				.isEqualTo("Published through instance B with A's session."));
		// The flash message was stored by B and is shown by A.
		Document afterwards = Jsoup.parse(browser.get(this.portOfA, composer(blog)).body());
		assertThat(afterwards.selectFirst(".flash-done")).isNotNull();
	}

	@Test
	void signingOutOnOneInstanceEndsTheSessionOnTheOther() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser browser = CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);
		String dashboardOnA = browser.get(this.portOfA, "/admin").body();
		assertThat(browser.sessionCookie()).isPresent();

		HttpResponse<String> signedOut = browser.post(portOfB(), "/admin/logout",
				CookieBrowser.form("_csrf", CookieBrowser.csrf(dashboardOnA)));

		assertThat(path(signedOut)).isEqualTo(SignedIn.LOGIN_PAGE);
		assertThat(path(browser.get(this.portOfA, "/admin"))).as("A no longer knows the session")
			.isEqualTo(SignedIn.LOGIN_PAGE);
		assertThat(sessionsOf(editor)).isZero();
	}

	@Test
	void theSessionIdChangesAtSignInAndTheCookieIsHttpOnlyAndSameSiteLax() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser browser = new CookieBrowser();
		HttpResponse<String> loginPage = browser.get(this.portOfA, SignedIn.LOGIN_PAGE);
		assertThat(browser.sessionCookie()).as("no session for the sign-in form: its token is in a cookie").isEmpty();
		// A session id planted before sign-in (session fixation) is not the one signed in.
		String before = "0c0ffee0-0000-4000-8000-000000000000";
		browser.plantSessionCookie(before);

		HttpResponse<String> signedIn = browser.post(portOfB(), SignedIn.LOGIN_PAGE, CookieBrowser.form("username",
				editor.getUsername(), "password", PASSWORD, "_csrf", CookieBrowser.csrf(loginPage.body())));

		assertThat(path(signedIn)).isEqualTo("/admin");
		assertThat(browser.sessionCookie()).hasValueSatisfying(
				(after) -> assertThat(after).as("session fixation: the id changes at sign-in").isNotEqualTo(before));
		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie)
			.startsWith("SESSION=")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void aFailedSignInOnOneInstanceIsExplainedByTheOther() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser browser = new CookieBrowser();

		HttpResponse<String> refused = browser.signIn(this.portOfA, editor.getUsername(), "not the password");

		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).isEqualTo(SignedIn.LOGIN_PAGE + "?error=badCredentials"));
		Document page = Jsoup.parse(browser.get(portOfB(), SignedIn.LOGIN_PAGE + "?error=badCredentials").body());
		assertThat(page.selectFirst("main p.flash-problem").text()).isEqualTo("Wrong username or password.");
		assertThat(page.selectFirst("input#username").val()).isEqualTo(editor.getUsername());
	}

	@Test
	void disablingAnAccountEndsItsSessionsOnEveryInstance() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser onA = CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);
		CookieBrowser onB = CookieBrowser.signedIn(portOfB(), editor.getUsername(), PASSWORD);
		assertThat(onA.get(portOfB(), "/admin").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(editor)).isEqualTo(2);

		// An admin disables the account through instance B, signed in there.
		Editor admin = SignedIn.newAccount(this.accounts, EditorRole.ADMIN, PASSWORD);
		CookieBrowser adminBrowser = CookieBrowser.signedIn(portOfB(), admin.getUsername(), PASSWORD);
		String accountsPage = adminBrowser.get(portOfB(), "/admin/accounts").body();
		HttpResponse<String> disabled = adminBrowser.post(portOfB(), "/admin/accounts/" + editor.getId() + "/enabled",
				CookieBrowser.form("enabled", "false", "_csrf", CookieBrowser.csrf(accountsPage)));
		assertThat(path(disabled)).isEqualTo("/admin/accounts");

		assertThat(sessionsOf(editor)).isZero();
		for (CookieBrowser browser : List.of(onA, onB)) {
			assertThat(path(browser.get(this.portOfA, "/admin"))).isEqualTo(SignedIn.LOGIN_PAGE);
			assertThat(path(browser.get(portOfB(), "/admin"))).isEqualTo(SignedIn.LOGIN_PAGE);
		}
		assertThat(adminBrowser.get(this.portOfA, "/admin").statusCode()).as("the admin's own session goes on")
			.isEqualTo(200);
	}

	@Test
	void aPasswordResetEndsTheAccountsSessions() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser browser = CookieBrowser.signedIn(portOfB(), editor.getUsername(), PASSWORD);
		assertThat(browser.get(this.portOfA, "/admin").statusCode()).isEqualTo(200);

		this.accounts.resetPassword(editor.getId(), "another long password", Actor.application("test"));

		assertThat(path(browser.get(portOfB(), "/admin"))).isEqualTo(SignedIn.LOGIN_PAGE);
		assertThat(sessionsOf(editor)).isZero();
	}

	@Test
	void anEditorWhoseAccountIsDisabledWhileWritingIsToldSoNotThatTheSessionRanOut() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		LiveBlog blog = draftBlog();
		CookieBrowser browser = CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);
		Map<String, String> form = publishForm(browser.get(this.portOfA, composer(blog)).body(), "Written meanwhile.");

		this.accounts.setEnabled(editor.getId(), false, Actor.application("test"));

		// The composer's session check, as its script asks, on either instance.
		HttpResponse<String> check = browser.get(portOfB(), "/admin/session", "Accept", "application/json");
		assertThat(check.statusCode()).isEqualTo(401);
		assertThat(check.headers().firstValue("X-Signed-Out-Because")).hasValue("disabled");
		// The form sent anyway leads to signing in, which says why and publishes nothing.
		HttpResponse<String> sent = browser.post(this.portOfA, composer(blog) + "/entries", form);
		assertThat(path(sent)).isEqualTo(SignedIn.LOGIN_PAGE);
		Document signIn = Jsoup.parse(browser.get(portOfB(), sent.headers().firstValue("Location").orElseThrow()).body());
		assertThat(signIn.select("main p.flash-problem")).singleElement()
			.satisfies((said) -> assertThat(said.text()).startsWith("An admin has disabled your account, so nothing was sent."));
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).isEmpty();
		// A page asked for says it too.
		HttpResponse<String> page = browser.get(this.portOfA, "/admin");
		assertThat(page.headers().firstValue("Location")).hasValue(SignedIn.LOGIN_PAGE + "?expired");
	}

	@Test
	void anEditorWhosePasswordIsResetIsToldToSignInWithTheNewOne() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser browser = CookieBrowser.signedIn(portOfB(), editor.getUsername(), PASSWORD);

		this.accounts.resetPassword(editor.getId(), "another long password", Actor.application("test"));

		HttpResponse<String> check = browser.get(this.portOfA, "/admin/session", "Accept", "application/json");
		assertThat(check.headers().firstValue("X-Signed-Out-Because")).hasValue("passwordReset");
		Document signIn = Jsoup.parse(browser.get(this.portOfA, SignedIn.LOGIN_PAGE + "?expired").body());
		assertThat(signIn.selectFirst("main p.flash-problem").text())
			.startsWith("An admin has reset your password, so nothing was sent. Sign in with the new password");

		assertThat(path(browser.signIn(portOfB(), editor.getUsername(), "another long password"))).isEqualTo("/admin");
		assertThat(browser.get(this.portOfA, "/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void aContributorMadeAnEditorPublishesFromTheirNextPageOnEitherInstanceWithoutSigningInAgain() {
		Editor reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, PASSWORD);
		LiveBlog blog = draftBlog();
		CookieBrowser browser = CookieBrowser.signedIn(this.portOfA, reporter.getUsername(), PASSWORD);
		assertThat(Jsoup.parse(browser.get(portOfB(), composer(blog)).body()).select("button[value=publish]")).isEmpty();

		this.accounts.change(reporter.getId(), reporter.getVersion(), "Jane Promoted", EditorRole.EDITOR,
				Actor.application("test"));

		String composerPage = browser.get(portOfB(), composer(blog)).body();
		Document page = Jsoup.parse(composerPage);
		assertThat(page.select("form#composer button[value=publish]")).hasSize(1);
		assertThat(page.text()).contains("Signed in as Jane Promoted");
		HttpResponse<String> published = browser.post(this.portOfA, composer(blog) + "/entries",
				publishForm(composerPage, "Published by the new editor."));
		assertThat(path(published)).isEqualTo(composer(blog));
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).singleElement().satisfies((entry) -> {
			assertThat(entry.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
			assertThat(entry.getAuthorName()).isEqualTo("Jane Promoted");
		});
	}

	@Test
	void anEditorMadeAContributorPublishesNothingMoreFromAPageOpenedBefore() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		LiveBlog blog = draftBlog();
		CookieBrowser browser = CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);
		Map<String, String> form = publishForm(browser.get(this.portOfA, composer(blog)).body(), "Too late to publish.");

		this.accounts.change(editor.getId(), editor.getVersion(), editor.getDisplayName(), EditorRole.CONTRIBUTOR,
				Actor.application("test"));

		HttpResponse<String> sent = browser.post(portOfB(), composer(blog) + "/entries", form);
		assertThat(sent.statusCode()).isEqualTo(403);
		assertThat(this.newsroom.entries().backOfficeList(blog.getId()))
			.noneSatisfy((entry) -> assertThat(entry.getStatus()).isEqualTo(EntryStatus.PUBLISHED));
		assertThat(browser.get(this.portOfA, "/admin").statusCode()).as("still signed in, as a contributor")
			.isEqualTo(200);
	}

	@Test
	void theStoredSessionKeepsNoPasswordHash() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);

		List<byte[]> attributes = this.jdbc.queryForList("""
				select a.attribute_bytes from spring_session s
				join spring_session_attributes a on a.session_primary_id = s.primary_id
				where s.principal_name = ?""", byte[].class, editor.getUsername());

		assertThat(attributes).isNotEmpty();
		String passwordHash = this.accounts.find(editor.getId()).orElseThrow().getPasswordHash();
		assertThat(attributes).noneSatisfy((bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
			.contains(passwordHash.substring(passwordHash.indexOf('}') + 1)));
	}

	@Test
	void aComposerFormSentToBothInstancesPublishesOnce() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		LiveBlog blog = draftBlog();
		CookieBrowser browser = CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);
		Map<String, String> form = publishForm(browser.get(this.portOfA, composer(blog)).body(), "Sent twice.");

		HttpResponse<String> first = browser.post(this.portOfA, composer(blog) + "/entries", form);
		browser.get(this.portOfA, composer(blog));
		HttpResponse<String> again = browser.post(portOfB(), composer(blog) + "/entries", form);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).hasSize(1);
		Document page = Jsoup.parse(browser.get(this.portOfA, composer(blog)).body());
		assertThat(page.selectFirst(".flash-done").text())
			.isEqualTo("This form had been sent already: the entry was saved once, here it is.");
	}

	@Test
	void aComposerFormSentToBothInstancesAtTheSameMomentPublishesOnce() throws Exception {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		LiveBlog blog = draftBlog();
		CookieBrowser browser = CookieBrowser.signedIn(this.portOfA, editor.getUsername(), PASSWORD);
		int rounds = 5;
		List<Integer> answers = new ArrayList<>();
		try (ExecutorService twoClicks = Executors.newFixedThreadPool(2)) {
			for (int round = 0; round < rounds; round++) {
				Map<String, String> form = publishForm(browser.get(this.portOfA, composer(blog)).body(),
						"Double click number " + round + ".");
				CountDownLatch together = new CountDownLatch(2);
				List<Callable<Integer>> sends = List.of(this.portOfA, portOfB()).stream().map((port) -> (Callable<Integer>) () -> {
					together.countDown();
					together.await();
					return browser.post(port, composer(blog) + "/entries", form).statusCode();
				}).toList();
				for (Future<Integer> answer : twoClicks.invokeAll(sends)) {
					answers.add(answer.get());
				}
			}
		}

		assertThat(answers).hasSize(2 * rounds).containsOnly(302);
		assertThat(this.newsroom.entries().backOfficeList(blog.getId())).hasSize(rounds);
	}

	/**
	 * A blog of the test's own, kept a draft: editors write in it all the same, and it stays off the front
	 * page, whose 50 places the tests sharing this database fill fast enough.
	 */
	private LiveBlog draftBlog() {
		return this.newsroom.openBlog(LiveBlogStatus.DRAFT);
	}

	private int sessionsOf(Editor editor) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				editor.getUsername());
	}

	private static Map<String, String> publishForm(String composerPage, String body) {
		Document page = Jsoup.parse(composerPage);
		return CookieBrowser.form("body", body, "submissionToken",
				page.selectFirst("form#composer input[name=submissionToken]").val(), "action", "publish", "_csrf",
				CookieBrowser.csrf(composerPage));
	}

	private static String composer(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug();
	}

	private static String path(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).as("a redirect").isEqualTo(302);
		return URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private static int portOfB() {
		return instanceB.port();
	}

}
