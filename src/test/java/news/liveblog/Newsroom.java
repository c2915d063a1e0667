package news.liveblog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.audit.AuditEvent;
import news.liveblog.audit.AuditTrail;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * What a test sets up before it looks at a page, done through the application's services as the test desk
 * ({@link TestBlogs#DESK}): blogs of the test's own, entries in them, the time, and what was stored. A bean
 * of every test context ({@link ApplicationTest}, {@link ServerTest}), so that a test class needs it alone
 * rather than each service it sets up with; after each test it puts back what tests share
 * ({@link PutBackAfterEachTest}).
 */
public class Newsroom {

	/**
	 * A past morning, after the coverage of every test blog began ({@link TestBlogs#open}): for tests that
	 * publish entries at times of their choosing.
	 */
	public static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final Accounts accounts;

	private final AuditTrail auditTrail;

	private final TestClock clock;

	/** Public blogs opened with {@link #openPublicBlog()}, until {@link #withdrawPublicBlogs()}. */
	private final List<String> toWithdraw = new ArrayList<>();

	Newsroom(LiveBlogs liveBlogs, Entries entries, Accounts accounts, AuditTrail auditTrail, TestClock clock) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.accounts = accounts;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	// Blogs

	/** The blogs' service, for what a test does with a blog that the methods here do not. */
	public LiveBlogs liveBlogs() {
		return this.liveBlogs;
	}

	public LiveBlog openBlog(LiveBlogStatus status) {
		return TestBlogs.open(this.liveBlogs, status);
	}

	public LiveBlog openBlog(LiveBlogStatus status, Locale language, ZoneId zone) {
		return TestBlogs.open(this.liveBlogs, status, language, zone);
	}

	/** See {@link TestBlogs#openEndedBeforeTheDemo}. */
	public LiveBlog openBlogEndedBeforeTheDemo() {
		return TestBlogs.openEndedBeforeTheDemo(this.liveBlogs);
	}

	/**
	 * A live blog taken off the public pages again after the test ({@link PutBackAfterEachTest}), for
	 * tests that open many: the front page lists at most 50 blogs, and they would crowd others' out.
	 */
	public LiveBlog openPublicBlog() {
		return withdrawnLater(openBlog(LiveBlogStatus.LIVE));
	}

	/** A public blog the test opened itself, to be withdrawn with the others. */
	public LiveBlog withdrawnLater(LiveBlog blog) {
		this.toWithdraw.add(blog.getSlug());
		return blog;
	}

	/** See {@link TestBlogs#withdraw}. */
	public void withdraw(LiveBlog blog) {
		TestBlogs.withdraw(this.liveBlogs, blog.getSlug());
	}

	/** Takes the public blogs opened so far off the public pages (as after each test). */
	public void withdrawPublicBlogs() {
		this.toWithdraw.forEach((slug) -> TestBlogs.withdraw(this.liveBlogs, slug));
		this.toWithdraw.clear();
	}

	public LiveBlog stored(LiveBlog blog) {
		return this.liveBlogs.find(blog.getSlug()).orElseThrow();
	}

	// Entries

	/** The entries' service, for what a test does with an entry that the methods here do not. */
	public Entries entries() {
		return this.entries;
	}

	/** An entry published at the given time, as if an editor had published it then. */
	public Entry publish(LiveBlog blog, String text, Instant at) {
		return TestBlogs.publish(this.entries, blog, text, at);
	}

	/** See {@link TestBlogs#publishKeyEvent}. */
	public Entry publishKeyEvent(LiveBlog blog, String headline, String body, Instant at) {
		return TestBlogs.publishKeyEvent(this.entries, blog, headline, body, at);
	}

	/**
	 * Entries published in bursts that share one publication time each, a minute apart from {@link #MORNING}
	 * on: a page of a feed may end inside a burst. Their ids, in the order they were published.
	 */
	public List<Long> publishInBursts(LiveBlog blog, int bursts, int entriesEach) {
		List<Long> ids = new ArrayList<>();
		for (int burst = 0; burst < bursts; burst++) {
			for (int i = 0; i < entriesEach; i++) {
				ids.add(publish(blog, "Burst " + burst + " entry " + i, MORNING.plusSeconds(60L * burst)).getId());
			}
		}
		return ids;
	}

	/**
	 * Twenty long updates published in the hour before now, several screens of them: a reader who scrolls to the
	 * end of the page has the top, where new entries arrive, out of sight.
	 */
	public void publishScreensOfEarlierUpdates(LiveBlog blog) {
		for (int i = 0; i < 20; i++) {
			publish(blog, "Earlier update " + i + ". " + "Context. ".repeat(40), Instant.now().minusSeconds(3600 - i * 60L));
		}
	}

	public Entry write(LiveBlog blog, EntryText text, Publication publication) {
		return write(blog, text, publication, TestBlogs.DESK);
	}

	public Entry write(LiveBlog blog, EntryText text, Publication publication, Actor author) {
		return this.entries.write(blog.getId(), text, publication, false, UUID.randomUUID(), author).entry();
	}

	public void pin(LiveBlog blog, Entry entry) {
		this.entries.pin(blog.getId(), entry.getId(), TestBlogs.DESK);
	}

	public void unpin(LiveBlog blog, Entry entry) {
		this.entries.unpin(blog.getId(), entry.getId(), TestBlogs.DESK);
	}

	/** The entry corrected over the version given, published now, with that public note (or none). */
	public Entry correct(LiveBlog blog, Entry entry, EntryText text, String note) {
		return this.entries.rewrite(blog.getId(), entry.getId(), entry.getVersion(), text, Publication.now(), note,
				TestBlogs.DESK);
	}

	public void retract(LiveBlog blog, Entry entry, String reason) {
		retract(blog, entry, reason, TestBlogs.DESK);
	}

	public void retract(LiveBlog blog, Entry entry, String reason, Actor actor) {
		this.entries.retract(blog.getId(), entry.getId(), reason, actor);
	}

	/** The entry as it is stored now. */
	public Entry stored(LiveBlog blog, long entryId) {
		return this.entries.find(blog.getId(), entryId).orElseThrow();
	}

	/** Every entry of the blog the back office lists, whatever its status: newest first. */
	public List<Entry> storedEntries(LiveBlog blog) {
		return this.entries.backOfficeList(blog.getId());
	}

	/** What the audit trail says was done to the entry, and by whom: newest first. */
	public List<AuditEvent> auditTrailOf(long entryId) {
		return this.auditTrail.ofEntry(entryId);
	}

	// Accounts

	/** The account with that username, as it is stored now. */
	public Editor account(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	/** See {@link TestBlogs#actor}. */
	public Actor actor(String username) {
		return TestBlogs.actor(this.accounts, username);
	}

	// Time

	/** The application's clock, which a test may move forward; put back after each test. */
	public TestClock clock() {
		return this.clock;
	}

	// After each test

	/**
	 * After each test, what the tests of a context share goes back as it was: the clock to the real time, the
	 * public blogs the test opened ({@link #openPublicBlog()}) off the public pages. Registered by
	 * {@link ApplicationTest} and {@link ServerTest}.
	 */
	public static class PutBackAfterEachTest implements TestExecutionListener {

		@Override
		public void afterTestMethod(TestContext testContext) {
			if (testContext.hasApplicationContext()) {
				testContext.getApplicationContext().getBeanProvider(Newsroom.class).ifAvailable(Newsroom::putBack);
			}
		}

	}

	private void putBack() {
		this.clock.reset();
		withdrawPublicBlogs();
	}

}
