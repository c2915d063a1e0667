package news.liveblog.account;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Only the newsroom gets into the back office, and only admins manage blogs, accounts and the audit trail:
 * strangers are sent to sign in, a forged form is refused, a stolen pre-sign-in session id is worthless, and
 * whoever guesses passwords from one address waits longer after each wrong one, while the account's owner
 * signs in from anywhere else at once.
 */
@ApplicationTest
class BackOfficeSecurityTests {

	private static final String LOGIN = SignedIn.LOGIN_PAGE;

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private JdbcClient jdbc;

	// Who may see what

	@Test
	void anonymousVisitorsAreSentToSignInForTheDashboardAndAComposer() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		for (String uri : new String[] { "/admin", "/admin/live/" + blog.getSlug() }) {
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatus(HttpStatus.FOUND);
			assertThat(URI.create(result.getResponse().getRedirectedUrl()).getPath()).as(uri).isEqualTo(LOGIN);
		}
	}

	@Test
	void theSignInPageItselfIsOpenToEveryone() {
		MvcTestResult result = this.mvc.get().uri(LOGIN).exchange();

		assertThat(result).hasStatusOk();
		assertThat(Pages.parse(result).select("form input[name=password]")).hasSize(1);
	}

	@Test
	void theSignInFormLetsPasswordManagersFillItAndPasteIn() {
		Document page = Pages.parse(this.mvc.get().uri(LOGIN).exchange());

		assertThat(page.selectFirst("input#username").attr("autocomplete")).isEqualTo("username");
		assertThat(page.selectFirst("input#password").attr("autocomplete")).isEqualTo("current-password");
		assertThat(page.selectFirst("input#password").attr("type")).isEqualTo("password");
		assertThat(page.select("form input[onpaste], form input[maxlength]")).as("nothing that cuts a password").isEmpty();
	}

	@Test
	void anEditorGetsTheDashboardAndAComposer() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		assertThat(this.mvc.get().uri("/admin").with(asEditor()).exchange()).hasStatusOk();
		MvcTestResult composer = this.mvc.get().uri("/admin/live/{slug}", blog.getSlug()).with(asEditor()).exchange();
		assertThat(composer).hasStatusOk();
		assertThat(Pages.parse(composer).select("form#composer textarea[name=body]")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/accounts", "/admin/blogs/new", "/admin/audit" })
	void anEditorIsForbiddenWhatOnlyAdminsDo(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(asEditor()).exchange();

		// The back office's own page for it (its text is checked over real HTTP in SessionEndedTests).
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasForwardedUrl("/admin/forbidden");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/accounts", "/admin/blogs/new", "/admin/audit", "/admin" })
	void anAdminGetsTheAdminPages(String uri) {
		assertThat(this.mvc.get().uri(uri).with(asAdmin()).exchange()).hasStatusOk();
	}

	@Test
	void anEditorCannotOpenABlogOrCreateAnAccountByPostingTheFormDirectly() {
		String slug = Newsroom.uniqueSlug();
		String username = "t-" + UUID.randomUUID().toString().substring(0, 12);

		assertThat(this.backOffice.post("/admin/blogs", asEditor(), Map.of("slug", slug, "title", "Sneaky", "language",
				"en", "timeZone", "Europe/London", "status", "LIVE")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.backOffice.post("/admin/accounts", asEditor(),
				Map.of("username", username, "displayName", "Sneaky", "password", PASSWORD, "role", "ADMIN")))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.newsroom.liveBlogs().exists(slug)).isFalse();
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefusedAndPublishesNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/live/{slug}/entries", blog.getSlug())
			.with(asEditor())
			.param("body", "Forged from another site")
			.param("submissionToken", UUID.randomUUID().toString())
			.param("action", "publish")
			.exchange();

		// Refused, and no error page either: a stale form of the editor's own looks just like this, so it
		// goes back to its page, saying that nothing was sent.
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/live/" + blog.getSlug() + "?resume");
		MvcTestResult page = this.mvc.get()
			.uri(result.getResponse().getRedirectedUrl())
			.session((MockHttpSession) result.getRequest().getSession())
			.with(asEditor())
			.exchange();
		assertThat(Pages.parse(page).selectFirst("main .flash-problem").text())
			.startsWith("Nothing was sent: this form was out of date");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void aFormSentWithoutASessionGoesThroughSignInBackToItsPageAndPublishesNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/live/{slug}/entries/42", blog.getSlug())
			.with(csrf().useInvalidToken())
			.param("body", "Written while the session ran out")
			.param("version", "0")
			.param("action", "save")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(LOGIN + "?expired");
		assertThat(result.getRequest().getSession(false)).as("nothing kept in a session for a stranger").isNull();
		Cookie returnTo = result.getResponse().getCookie(ReturnAddress.COOKIE_NAME);
		assertThat(returnTo).as("the form's page, kept in a cookie").isNotNull();
		Document page = Pages.parse(this.mvc.get().uri(LOGIN + "?expired").cookie(returnTo).exchange());
		assertThat(page.selectFirst("main p.flash-problem").text()).isEqualTo("Your session had ended, so nothing "
				+ "was sent. Sign in to go back to your page: what you had typed comes back from this browser.");
		MvcTestResult signedIn = this.mvc.perform((context) -> {
			var request = signIn(DemoAccounts.EDITOR, DemoAccounts.EDITOR, new MockHttpSession()).buildRequest(context);
			request.setCookies(returnTo);
			return request;
		});
		assertThat(URI.create(signedIn.getResponse().getRedirectedUrl()).getPath())
			.as("the correction form the text was written in").isEqualTo("/admin/live/" + blog.getSlug() + "/entries/42/edit");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	// Signing in

	@Test
	void aScriptsCallRefusedForWantOfASessionLeavesTheSignInFormsTokenAlone() {
		// The desk's heartbeat from a page whose session ended, sent while the sign-in page loads: had it been given
		// a token of its own, its cookie could replace the form's, and the sign-in would fail as "expired".
		MvcTestResult heartbeat = this.mvc.post().uri("/admin/desk/presence").exchange();

		assertThat(heartbeat.getResponse().getStatus()).isGreaterThanOrEqualTo(400);
		assertThat(heartbeat.getResponse().getHeaders("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith(SignInCsrfTokens.COOKIE_NAME + "="));
	}

	@Test
	void signingInWithTheRightPasswordLeadsToTheDashboardUnderANewSessionId() {
		MockHttpSession session = new MockHttpSession();
		String idBeforeSignIn = session.getId();

		MvcTestResult result = this.mvc.perform(signIn(DemoAccounts.EDITOR, DemoAccounts.EDITOR, session));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		MockHttpSession signedIn = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(signedIn).isNotNull();
		assertThat(signedIn.getId()).as("session fixation: the id changes at sign-in").isNotEqualTo(idBeforeSignIn);
		assertThat(signedIn.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();

		MvcTestResult dashboard = this.mvc.get().uri("/admin").session(signedIn).exchange();
		assertThat(dashboard).hasStatusOk();
		assertThat(Pages.parse(dashboard).selectFirst(".admin-signout span").text())
			.isEqualTo("Signed in as Demo Editor");
	}

	@Test
	void aWrongPasswordShowsWhyOnTheSignInPageWithTheUsernameKept() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		Document page = signInAndFollow(account.getUsername(), "not the password");

		assertThat(signInError(page)).isEqualTo("Wrong username or password.");
		assertThat(page.selectFirst("input#username").val()).isEqualTo(account.getUsername());
	}

	@Test
	void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
		Document page = signInAndFollow("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD);

		assertThat(signInError(page)).isEqualTo("Wrong username or password.");
	}

	@Test
	void theUsernameIsNotCaseSensitiveAtSignIn() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult result = this.mvc
			.perform(signIn(account.getUsername().toUpperCase(), PASSWORD, new MockHttpSession()));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
	}

	@Test
	void aDisabledAccountCannotSignInAndIsToldWhy() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		this.accounts.setEnabled(account.getId(), false, Actor.application("test"));

		MockHttpSession session = new MockHttpSession();
		MvcTestResult result = this.mvc.perform(signIn(account.getUsername(), PASSWORD, session));

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(LOGIN + "?error=disabled");
		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
		assertThat(signInError(follow(result))).isEqualTo("This account is disabled. Ask an admin to enable it.");
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void thatAnAccountIsDisabledIsToldOnlyToWhoeverKnowsItsPassword() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		this.accounts.setEnabled(account.getId(), false, Actor.application("test"));

		assertThat(signInError(signInAndFollow(account.getUsername(), "a guess at it")))
			.as("a wrong password tells nothing about the account")
			.isEqualTo("Wrong username or password.");
		assertThat(signInError(signInAndFollow(account.getUsername(), PASSWORD)))
			.isEqualTo("This account is disabled. Ask an admin to enable it.");
	}

	@Test
	void afterSigningInTheEditorIsSentBackToThePageTheyAskedForByARelativeAddress() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		MvcTestResult asked = this.mvc.get()
			.uri("http://evil.example/admin/live/{slug}?tab=drafts", blog.getSlug())
			.exchange();
		assertThat(asked).hasStatus(HttpStatus.FOUND);
		Cookie returnTo = asked.getResponse().getCookie(ReturnAddress.COOKIE_NAME);
		assertThat(returnTo).as("the page asked for, kept in a cookie").isNotNull();
		assertThat(asked.getRequest().getSession(false)).as("nothing kept in a session").isNull();

		MvcTestResult signedIn = this.mvc.perform((context) -> {
			var request = signIn(DemoAccounts.EDITOR, DemoAccounts.EDITOR, new MockHttpSession()).buildRequest(context);
			request.setCookies(returnTo);
			request.setServerName("evil.example");
			request.addHeader("Host", "evil.example");
			return request;
		});

		assertThat(signedIn).hasStatus(HttpStatus.FOUND);
		assertThat(signedIn.getResponse().getHeader("Location")).as("relative: no host, least of all the Host header's")
			.isEqualTo("/admin/live/" + blog.getSlug() + "?tab=drafts");
		assertThat(signedIn.getResponse().getCookie(ReturnAddress.COOKIE_NAME).getMaxAge()).as("used once").isZero();
	}

	@Test
	void aReturnAddressThatIsNotOneOfTheBackOfficesPagesIsIgnored() {
		for (String forged : new String[] { "https://evil.example/admin", "//evil.example/admin", "/\\evil.example",
				"/admin/../..//evil.example", "/live/x" }) {
			MvcTestResult signedIn = this.mvc.perform((context) -> {
				var request = signIn(DemoAccounts.EDITOR, DemoAccounts.EDITOR, new MockHttpSession()).buildRequest(context);
				request.setCookies(new Cookie(ReturnAddress.COOKIE_NAME,
						Base64.getUrlEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8))));
				return request;
			});
			assertThat(signedIn.getResponse().getHeader("Location")).as(forged).isEqualTo("/admin");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\u0000byte", "' or 1=1 --", "👩‍💻", " " })
	void aUsernameNoAccountCanHaveGetsTheSameAnswerAsAWrongPassword(String username) {
		assertThat(signInError(signInAndFollow(username, PASSWORD))).isEqualTo("Wrong username or password.");
	}

	@Test
	void aHugeUsernameOrPasswordIsRefusedLikeAnyWrongOne() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		assertThat(signInError(signInAndFollow("x".repeat(100_000), PASSWORD))).isEqualTo("Wrong username or password.");
		assertThat(signInError(signInAndFollow(account.getUsername(), "é".repeat(50_000))))
			.isEqualTo("Wrong username or password.");
	}

	// Throttling

	/** Each test's guesser and owner have addresses of their own: the per-address gate counts across tests. */
	private final String guesser = SignedIn.someClientAddress();

	private final String owner = SignedIn.someClientAddress();

	@Test
	void fiveWrongPasswordsFromOneAddressAreAnsweredAtOnceThenItWaits() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(signInError(signInAndFollow(account.getUsername(), "wrong " + i, this.guesser)))
				.isEqualTo("Wrong username or password.");
		}

		MvcTestResult refused = this.mvc.perform(signIn(account.getUsername(), PASSWORD, new MockHttpSession(), this.guesser));

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(LOGIN + "?error=wait&seconds=10");
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("10");
		assertThat(signInError(follow(refused)))
			.isEqualTo("Too many failed sign-ins for this username from your address. Try again in 10 seconds.");
	}

	@Test
	void theOwnerSignsInFromTheirAddressWhileAStrangerHammersTheirUsername() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(signIn(account.getUsername(), "guess " + i, new MockHttpSession(), this.guesser));
			this.newsroom.clock().advance(Duration.ofSeconds(1));
		}
		assertThat(signInError(signInAndFollow(account.getUsername(), PASSWORD, this.guesser)))
			.as("the stranger, even with the right password now")
			.startsWith("Too many failed sign-ins for this username from your address.");

		assertThat(this.mvc.perform(signIn(account.getUsername(), PASSWORD, new MockHttpSession(), this.owner)))
			.as("the owner, from their own address")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
	}

	@Test
	void eachFurtherWrongPasswordDoublesTheWaitAndTheRightOneEndsIt() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		for (int i = 0; i < 5; i++) {
			signInAndFollow(account.getUsername(), "wrong " + i, this.guesser);
		}
		for (int seconds : new int[] { 10, 20, 40, 80 }) {
			assertThat(signInError(signInAndFollow(account.getUsername(), PASSWORD, this.guesser)))
				.isEqualTo("Too many failed sign-ins for this username from your address. Try again in " + seconds
						+ " seconds.");
			this.newsroom.clock().advance(Duration.ofSeconds(seconds - 1));
			assertThat(signInError(signInAndFollow(account.getUsername(), PASSWORD, this.guesser)))
				.as("a second before the end")
				.isEqualTo("Too many failed sign-ins for this username from your address. Try again in 1 second.");
			this.newsroom.clock().advance(Duration.ofSeconds(1));
			assertThat(signInError(signInAndFollow(account.getUsername(), "wrong again", this.guesser)))
				.isEqualTo("Wrong username or password.");
		}
		assertThat(signInError(follow(this.mvc.perform(signIn(account.getUsername(), PASSWORD, new MockHttpSession(),
				this.guesser)), Locale.FRENCH)))
			.isEqualTo("Trop d’échecs de connexion pour cet identifiant depuis votre adresse. Réessayez dans 3 minutes.");

		this.newsroom.clock().advance(Duration.ofSeconds(160));
		assertThat(this.mvc.perform(signIn(account.getUsername(), PASSWORD, new MockHttpSession(), this.guesser)))
			.hasRedirectedUrl("/admin");
		assertThat(signInError(signInAndFollow(account.getUsername(), "a slip", this.guesser)))
			.as("the right password forgot the failures before it")
			.isEqualTo("Wrong username or password.");
		assertThat(this.mvc.perform(signIn(account.getUsername(), PASSWORD, new MockHttpSession(), this.guesser)))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void guessesFromManyAddressesTakeAwayEveryAddresssFreeAttemptsButNeverLockTheOwnerOut() {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		// As if a hundred addresses had each guessed once within the hour.
		this.jdbc.sql("insert into login_throttle (username, failures, window_start) values (?, 100, ?)")
			.params(account.getUsername(), Timestamp.from(this.newsroom.clock().instant()))
			.update();

		assertThat(signInError(signInAndFollow(account.getUsername(), "one more guess", this.guesser)))
			.isEqualTo("Wrong username or password.");
		assertThat(signInError(signInAndFollow(account.getUsername(), "and another", this.guesser)))
			.as("a single failure already makes the address wait")
			.isEqualTo("Too many failed sign-ins for this username from your address. Try again in 20 seconds.");
		assertThat(this.mvc.perform(signIn(account.getUsername(), PASSWORD, new MockHttpSession(), this.owner)))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void aSlowedUsernameDoesNotSlowAnotherOne() {
		Editor slowed = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		Editor other = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		for (int i = 0; i < 6; i++) {
			signInAndFollow(slowed.getUsername(), "wrong " + i, this.guesser);
		}

		assertThat(this.mvc.perform(signIn(other.getUsername(), PASSWORD, new MockHttpSession(), this.guesser)))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void parallelGuessesFromOneAddressAreCountedOneByOneSoOnlyFiveAreEverChecked() throws Exception {
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, "the right password 123");
		List<Callable<String>> guesses = IntStream.range(0, 10)
			.mapToObj((i) -> (Callable<String>) () -> signInError(
					signInAndFollow(account.getUsername(), "guess " + i, this.guesser)))
			.toList();

		List<String> answers = new ArrayList<>();
		try (ExecutorService attacker = Executors.newFixedThreadPool(10)) {
			for (Future<String> answer : attacker.invokeAll(guesses)) {
				answers.add(answer.get());
			}
		}

		assertThat(answers).filteredOn((answer) -> answer.equals("Wrong username or password.")).hasSize(5);
		assertThat(answers).filteredOn((answer) -> answer.startsWith("Too many failed sign-ins")).hasSize(5);
		assertThat(signInError(signInAndFollow(account.getUsername(), "the right password 123", this.guesser)))
			.startsWith("Too many failed sign-ins");
	}

	@Test
	void aBurstOfSignInsFromOneAddressIsTurnedBackBeforeTheDatabaseOrAPasswordCheck() {
		String address = SignedIn.someClientAddress();
		List<String> answers = new ArrayList<>();
		// Not usernames (refused without a query or a hash), so the burst is quicker than the gate refills.
		for (int i = 0; i < 60; i++) {
			MvcTestResult result = this.mvc.perform(signIn("NOT A USERNAME " + i, PASSWORD, new MockHttpSession(), address));
			answers.add(result.getResponse().getRedirectedUrl());
		}
		assertThat(answers.subList(0, 30)).as("the burst an address may send").containsOnly(LOGIN + "?error=badCredentials");
		assertThat(answers.getLast()).startsWith(LOGIN + "?error=tooMany&seconds=");

		Document page = signInAndFollow(DemoAccounts.EDITOR, DemoAccounts.EDITOR, address);

		assertThat(signInError(page)).isEqualTo("Too many sign-in attempts from your address. Try again in 1 second.");
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where client_address = ?")
			.param(address)
			.query(Long.class)
			.single()).as("turned back before the database").isZero();
	}

	private RequestPostProcessor asEditor() {
		return this.backOffice.asEditor();
	}

	private RequestPostProcessor asAdmin() {
		return this.backOffice.asAdmin();
	}

	private static RequestBuilder signIn(String username, String password, MockHttpSession session) {
		return SignedIn.signInForm(username, password, session);
	}

	private static RequestBuilder signIn(String username, String password, MockHttpSession session, String address) {
		return SignedIn.signInForm(username, password, session, address);
	}

	private Document signInAndFollow(String username, String password) {
		return follow(this.mvc.perform(signIn(username, password, new MockHttpSession())));
	}

	private Document signInAndFollow(String username, String password, String address) {
		return follow(this.mvc.perform(signIn(username, password, new MockHttpSession(), address)));
	}

	/** The page a browser lands on after a failed sign-in: the sign-in page, with the reason. */
	private Document follow(MvcTestResult failedSignIn) {
		return follow(failedSignIn, Locale.ENGLISH);
	}

	private Document follow(MvcTestResult failedSignIn, Locale language) {
		assertThat(failedSignIn).hasStatus(HttpStatus.FOUND);
		String target = failedSignIn.getResponse().getRedirectedUrl();
		assertThat(target).startsWith(LOGIN + "?error=");
		var page = this.mvc.get().uri(target).header("Accept-Language", language.toLanguageTag());
		Cookie[] cookies = failedSignIn.getResponse().getCookies();
		if (cookies.length > 0) {
			page.cookie(cookies);
		}
		MvcTestResult shown = page.exchange();
		assertThat(shown).hasStatusOk();
		return Pages.parse(shown);
	}

	private static String signInError(Document page) {
		Element error = page.selectFirst("main p.flash-problem");
		assertThat(error).as("an error on the sign-in page").isNotNull();
		return error.text();
	}

}
