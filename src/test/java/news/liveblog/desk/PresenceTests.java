package news.liveblog.desk;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The desk's heartbeat as the pages' script sends it: who else is on a blog's desk and which entry they have
 * open, never yourself; presence ends with a goodbye or, without one, by itself after the expiry. Strangers,
 * forms without their token, blogs and entries that do not exist and entries a contributor may not see are
 * refused, and nothing is stored for them.
 */
@ApplicationTest
class PresenceTests {

	/** application.properties' default, which these tests run with. */
	private static final Duration EXPIRY = Duration.ofSeconds(30);

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Presence presence;

	@Test
	void colleaguesSeeWhoIsOnTheDeskAndWhoHasAnEntryOpenButNeverThemselves() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "The summit opens.", Instant.now());
		beat(this.backOffice.asEditor(), UUID.randomUUID(), blog, "EDITING", entry.getId());

		MvcTestResult onTheDesk = beat(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "DESK", null);

		assertThat(onTheDesk).hasStatusOk().bodyJson().extractingPath("$.onDesk").isEqualTo("On the desk: Demo Editor");
		assertThat(onTheDesk).bodyJson()
			.extractingPath("$.editing['" + entry.getId() + "']")
			.isEqualTo("Demo Editor is correcting");
		UUID adminsPage = UUID.randomUUID();
		MvcTestResult onTheEntry = beat(this.backOffice.asAdmin(), adminsPage, blog, "EDITING", entry.getId());
		assertThat(onTheEntry).bodyJson()
			.extractingPath("$.editingThis")
			.asString()
			.startsWith("Demo Editor is correcting this (since ");
		MvcTestResult editorsOwn = beat(this.backOffice.asEditor(), UUID.randomUUID(), blog, "EDITING", entry.getId());
		assertThat(editorsOwn).bodyJson().extractingPath("$.onDesk").isEqualTo("On the desk: Demo Admin");
		Instant adminOpenedIt = this.jdbc.queryForObject("select since from desk_presence where tab_id = ?",
				Timestamp.class, adminsPage).toInstant();
		assertThat(editorsOwn).bodyJson()
			.extractingPath("$.editingThis")
			.isEqualTo("Demo Admin is correcting this (since " + blog.printTime(adminOpenedIt) + ")");
	}

	@Test
	void theDeskSpeaksTheEditorsLanguage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Le sommet s’ouvre.", Instant.now());
		beat(this.backOffice.asEditor(), UUID.randomUUID(), blog, "EDITING", entry.getId());

		MvcTestResult answer = request(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "DESK", null).with(csrf())
			.header("Accept-Language", "fr")
			.exchange();

		assertThat(answer).bodyJson().extractingPath("$.onDesk").isEqualTo("Aussi sur ce direct : Demo Editor");
		assertThat(answer).bodyJson()
			.extractingPath("$.editing['" + entry.getId() + "']")
			.isEqualTo("En cours de correction par Demo Editor");
	}

	@Test
	void aPageLeftSaysGoodbyeAndIsGoneAtOnce() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		UUID editorsPage = UUID.randomUUID();
		beat(this.backOffice.asEditor(), editorsPage, blog, "DESK", null);

		assertThat(this.backOffice.post("/admin/desk/presence/leave", this.backOffice.asEditor(),
				Map.of("tab", editorsPage.toString())))
			.hasStatus(204);

		assertThat(beat(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "DESK", null)).bodyJson()
			.extractingPath("$.onDesk")
			.isEqualTo("Nobody else on the desk");
	}

	@Test
	void aPageNotHeardFromWithinTheExpiryIsGoneWithoutAGoodbye() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		beat(this.backOffice.asEditor(), UUID.randomUUID(), blog, "DESK", null);
		this.newsroom.clock().advance(EXPIRY.minusSeconds(1));
		assertThat(beat(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "DESK", null)).bodyJson()
			.extractingPath("$.onDesk")
			.isEqualTo("On the desk: Demo Editor");

		this.newsroom.clock().advance(Duration.ofSeconds(2));

		assertThat(beat(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "DESK", null)).bodyJson()
			.extractingPath("$.onDesk")
			.isEqualTo("Nobody else on the desk");
	}

	@Test
	void expiredPagesAreDeleted() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		UUID page = UUID.randomUUID();
		beat(this.backOffice.asEditor(), page, blog, "DESK", null);
		this.presence.forgetExpired();
		assertThat(storedRows(page)).as("still heard from").isOne();

		this.newsroom.clock().advance(EXPIRY.plusSeconds(1));
		this.presence.forgetExpired();

		assertNothingStoredFor(page);
	}

	@Test
	void oneEditorCannotSpeakForAnothersPage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		LiveBlog elsewhere = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		UUID editorsPage = UUID.randomUUID();
		beat(this.backOffice.asEditor(), editorsPage, blog, "DESK", null);

		beat(this.backOffice.asAdmin(), editorsPage, elsewhere, "DESK", null);
		this.backOffice.post("/admin/desk/presence/leave", this.backOffice.asAdmin(),
				Map.of("tab", editorsPage.toString()));

		assertThat(this.jdbc.queryForObject("select display_name || '@' || live_blog_id from desk_presence where tab_id = ?",
				String.class, editorsPage))
			.isEqualTo("Demo Editor@" + blog.getId());
	}

	@Test
	void aStrangerCannotPostHeartbeats() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		UUID page = UUID.randomUUID();

		MvcTestResult refused = request(null, page, blog, "DESK", null).with(csrf()).exchange();

		assertThat(refused.getResponse().getStatus()).isIn(302, 401, 403);
		assertThat(refused.getResponse().getCookie("SIGN-IN-RETURN-TO")).as("no page to return to").isNull();
		assertNothingStoredFor(page);
		MvcTestResult readers = this.mvc.get().uri("/admin/desk/readers").exchange();
		assertThat(readers).hasStatus(401);
		assertThat(readers.getResponse().getCookie("SIGN-IN-RETURN-TO")).as("signing in never lands on JSON").isNull();
	}

	@Test
	void theDashboardsPollCountsTheLiveAndDraftBlogsNotTheEndedOnesWhichOnlyGrowInNumber() {
		LiveBlog live = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		LiveBlog draft = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		LiveBlog ended = this.newsroom.openBlog(LiveBlogStatus.ENDED);

		MvcTestResult readers = this.mvc.get().uri("/admin/desk/readers").with(this.backOffice.asEditor()).exchange();

		assertThat(readers).hasStatusOk();
		assertThat(readers).bodyJson().hasPath("$['" + live.getSlug() + "'].now").hasPath("$['" + draft.getSlug() + "'].now")
			.doesNotHavePath("$['" + ended.getSlug() + "']");
	}

	@Test
	void aHeartbeatWithoutItsCsrfTokenIsRefused() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		UUID page = UUID.randomUUID();

		MvcTestResult refused = request(this.backOffice.asEditor(), page, blog, "DESK", null).exchange();

		assertThat(refused).hasStatus(403);
		assertThat(refused.getResponse().getRedirectedUrl()).as("not sent back to a page, with a word for it").isNull();
		assertNothingStoredFor(page);
	}

	@Test
	void aHeartbeatNamingABlogOrEntryThatDoesNotExistIsRefused() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		LiveBlog another = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry ofAnother = this.newsroom.publish(another, "Elsewhere.", Instant.now());
		UUID page = UUID.randomUUID();

		Map<String, String> noBlog = heartbeat(page, "no-such-blog", "DESK", null);
		assertThat(this.backOffice.post("/admin/desk/presence", this.backOffice.asEditor(), noBlog)).hasStatus(404);
		assertThat(beat(this.backOffice.asEditor(), page, blog, "EDITING", Long.MAX_VALUE)).hasStatus(404);
		assertThat(beat(this.backOffice.asEditor(), page, blog, "EDITING", ofAnother.getId())).hasStatus(404);
		assertThat(beat(this.backOffice.asEditor(), page, blog, "EDITING", null)).as("an entry's page without it")
			.hasStatus(400);
		// Like any value that names nothing here (system's MalformedIdAdvice): not found.
		assertThat(beat(this.backOffice.asEditor(), page, blog, "SNOOPING", null)).hasStatus(404);

		assertNothingStoredFor(page);
	}

	/**
	 * The entry a page corrects was retracted, or a reporter's own submission was published, under it: the page is out
	 * of date (it says so itself), not signed out, and its beats stop (presence.js) rather than being refused again.
	 */
	@Test
	void aHeartbeatForAnEntryNoLongerEditableFromItsPageIsAConflictAndCountsNobodyOnIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry retracted = this.newsroom.publish(blog, "Not confirmed after all.", Instant.now());
		this.newsroom.retract(blog, retracted, "Not confirmed");
		Editor reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, BackOffice.PASSWORD);
		Entry submitted = this.newsroom.write(blog, EntryText.of("From the summit."), Publication.submitted(),
				new Actor(reporter.getId(), reporter.getDisplayName()));
		this.newsroom.correct(blog, submitted, EntryText.of("From the summit."), null);
		UUID page = UUID.randomUUID();

		assertThat(beat(this.backOffice.asEditor(), page, blog, "EDITING", retracted.getId()))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(beat(this.backOffice.as(reporter), page, blog, "EDITING", submitted.getId()))
			.as("their own submission, published by an editor").hasStatus(HttpStatus.CONFLICT);
		assertNothingStoredFor(page);
	}

	@Test
	void aContributorCannotNameAColleaguesDraftNorIsToldWhichOneIsOpen() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry colleaguesDraft = this.newsroom.write(blog, EntryText.of("Not yet checked."), Publication.draft(),
				this.newsroom.actor("editor"));
		Entry published = this.newsroom.publish(blog, "Checked and out.", Instant.now());
		Editor reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, BackOffice.PASSWORD);
		Entry reportersDraft = this.newsroom.write(blog, EntryText.of("From the summit."), Publication.draft(),
				new Actor(reporter.getId(), reporter.getDisplayName()));
		beat(this.backOffice.asEditor(), UUID.randomUUID(), blog, "EDITING", colleaguesDraft.getId());
		beat(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "EDITING", published.getId());
		beat(this.backOffice.asAdmin(), UUID.randomUUID(), blog, "EDITING", reportersDraft.getId());
		UUID page = UUID.randomUUID();

		// As unknown as an id never used; one they may read but not edit is a 403: nobody reads they correct it.
		assertThat(beat(this.backOffice.as(reporter), page, blog, "EDITING", colleaguesDraft.getId())).hasStatus(404);
		assertThat(beat(this.backOffice.as(reporter), page, blog, "EDITING", Long.MAX_VALUE)).hasStatus(404);
		assertThat(beat(this.backOffice.as(reporter), page, blog, "EDITING", published.getId())).hasStatus(403);
		assertNothingStoredFor(page);

		MvcTestResult onTheDesk = beat(this.backOffice.as(reporter), page, blog, "DESK", null);
		assertThat(onTheDesk).hasStatusOk()
			.bodyJson()
			.extractingPath("$.onDesk")
			.isEqualTo("On the desk: Demo Editor, Demo Admin");
		assertThat(onTheDesk).bodyJson()
			.extractingPath("$.editing")
			.asMap()
			.containsOnlyKeys(String.valueOf(published.getId()), String.valueOf(reportersDraft.getId()));
		assertThat(beat(this.backOffice.as(reporter), page, blog, "EDITING", reportersDraft.getId())).bodyJson()
			.extractingPath("$.editingThis")
			.asString()
			.startsWith("Demo Admin is correcting this");
	}

	private MvcTestResult beat(RequestPostProcessor as, UUID page, LiveBlog blog, String doing, Long entryId) {
		return request(as, page, blog, doing, entryId).with(csrf()).exchange();
	}

	private MockMvcRequestBuilder request(RequestPostProcessor as, UUID page, LiveBlog blog, String doing,
			Long entryId) {
		MockMvcRequestBuilder request = this.mvc.post().uri("/admin/desk/presence").accept("application/json");
		if (as != null) {
			request.with(as);
		}
		heartbeat(page, blog.getSlug(), doing, entryId).forEach(request::param);
		return request;
	}

	/** The heartbeat's form, as presence.js sends it. */
	private static Map<String, String> heartbeat(UUID page, String slug, String doing, Long entryId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("tab", page.toString());
		form.put("blog", slug);
		form.put("doing", doing);
		if (entryId != null) {
			form.put("entry", entryId.toString());
		}
		return form;
	}

	private void assertNothingStoredFor(UUID page) {
		assertThat(storedRows(page)).isZero();
	}

	private int storedRows(UUID page) {
		return this.jdbc.queryForObject("select count(*) from desk_presence where tab_id = ?", Integer.class, page);
	}

}
