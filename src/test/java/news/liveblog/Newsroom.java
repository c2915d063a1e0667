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
import news.liveblog.blog.LiveBlogSettings;
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
 * ({@link #DESK}): blogs of the test's own (a unique slug each, so tests sharing the database never see each
 * other's entries), entries in them, the time, and what was stored. A bean of every test context
 * ({@link ApplicationTest}, {@link ServerTest}), so that a test class needs it alone rather than each service
 * it sets up with; after each test it puts back what tests share ({@link PutBackAfterEachTest}). The same on
 * another instance: {@link #on(SecondInstance)}.
 */
public class Newsroom {

	/** Who does what a test sets up, when it is not a demo account ({@link #actor}). */
	public static final Actor DESK = new Actor(null, "Test desk");

	/** When the coverage of every test blog began ({@link #openBlog}). */
	private static final Instant COVERAGE_START = Instant.parse("2026-01-01T08:00:00Z");

	/**
	 * A past morning, after the coverage of every test blog began ({@link #openBlog}): for tests that publish
	 * entries at times of their choosing.
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

	/**
	 * The same setting-up done through another instance's services, for tests that must write through that
	 * instance (its own database, say). It keeps the real time: it has no {@link #clock()}, and nothing is put
	 * back after each test.
	 */
	public static Newsroom on(SecondInstance instance) {
		return new Newsroom(instance.bean(LiveBlogs.class), instance.bean(Entries.class), instance.bean(Accounts.class),
				instance.bean(AuditTrail.class), null);
	}

	/** A slug no other test's blog has. */
	public static String uniqueSlug() {
		return "test-" + UUID.randomUUID().toString().substring(0, 13);
	}

	// Blogs

	/** The blogs' service, for what a test does with a blog that the methods here do not. */
	public LiveBlogs liveBlogs() {
		return this.liveBlogs;
	}

	/** A blog of the test's own, in English and London time, its coverage begun on 1 January 2026. */
	public LiveBlog openBlog(LiveBlogStatus status) {
		return openBlog(status, Locale.ENGLISH, ZoneId.of("Europe/London"));
	}

	public LiveBlog openBlog(LiveBlogStatus status, Locale language, ZoneId zone) {
		return this.liveBlogs.open(new LiveBlogSettings(uniqueSlug(), "Test blog", "What a test covers", language,
				zone, status, COVERAGE_START, null), DESK);
	}

	/**
	 * A public blog whose coverage ended before the demo blog's began, for tests that read a public blog but
	 * not whether it is live. The front page lists 50 blogs, live ones first, then the most recent: blogs
	 * like this one never push the demo blog off it (DemoFeedTests looks for it there), however many tests
	 * open them.
	 */
	public LiveBlog openBlogEndedBeforeTheDemo() {
		return this.liveBlogs.open(new LiveBlogSettings(uniqueSlug(), "Test blog", "What a test covers",
				Locale.ENGLISH, ZoneId.of("Europe/London"), LiveBlogStatus.ENDED, Instant.parse("2020-01-01T08:00:00Z"),
				Instant.parse("2020-01-01T18:00:00Z")), DESK);
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

	/**
	 * Takes a test's blog off the public pages (back to draft; the back office still lists it). The front page
	 * lists at most 50 blogs: tests that open many public ones withdraw them, or they would crowd others' out.
	 */
	public void withdraw(LiveBlog blog) {
		withdraw(blog.getSlug());
	}

	/** Takes the public blogs opened so far off the public pages (as after each test). */
	public void withdrawPublicBlogs() {
		this.toWithdraw.forEach(this::withdraw);
		this.toWithdraw.clear();
	}

	private void withdraw(String slug) {
		setStatus(this.liveBlogs.find(slug).orElseThrow(), LiveBlogStatus.DRAFT);
	}

	/** The blog set to Live, Ended or Draft, as an admin sets it in its settings. */
	public LiveBlog setStatus(LiveBlog blog, LiveBlogStatus status) {
		return resettle(blog, null, null, status, null);
	}

	/** The blog at a new address, as an admin gives it in its settings: the old one redirects there. */
	public LiveBlog move(LiveBlog blog, String slug) {
		return resettle(blog, slug, null, null, null);
	}

	/** The blog in another time zone, as an admin sets it in its settings: its coverage keeps its moments. */
	public LiveBlog moveToZone(LiveBlog blog, ZoneId zone) {
		return resettle(blog, null, zone, null, null);
	}

	/** The blog written in another language, as an admin sets it in its settings. */
	public LiveBlog writeIn(LiveBlog blog, Locale language) {
		return resettle(blog, null, null, null, language);
	}

	/** @param slug the new address, or {@code null} to keep it; zone, status and language likewise */
	private LiveBlog resettle(LiveBlog blog, String slug, ZoneId zone, LiveBlogStatus status, Locale language) {
		LiveBlog now = this.liveBlogs.find(blog.getId()).orElseThrow();
		LiveBlogSettings settings = now.settings();
		return this.liveBlogs.update(now.getSlug(), now.getVersion(),
				new LiveBlogSettings((slug != null) ? slug : settings.slug(), settings.title(), settings.summary(),
						(language != null) ? language : settings.language(), (zone != null) ? zone : settings.timeZone(),
						(status != null) ? status : settings.status(), settings.coverageStart(),
						settings.coverageEnd()),
				DESK);
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
		return write(blog, EntryText.of(text), Publication.publishedAt(at));
	}

	/** A key event published at the given time, as if an editor had marked and published it then. */
	public Entry publishKeyEvent(LiveBlog blog, String headline, String body, Instant at) {
		return write(blog, new EntryText(headline, body, true), Publication.publishedAt(at));
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
		return write(blog, text, publication, DESK);
	}

	public Entry write(LiveBlog blog, EntryText text, Publication publication, Actor author) {
		return this.entries.write(blog.getId(), text, publication, false, UUID.randomUUID(), author).entry();
	}

	/** Pinned in place of whatever is pinned now. */
	public void pin(LiveBlog blog, Entry entry) {
		this.entries.pin(blog.getId(), entry.getId(),
				this.entries.findPinned(blog.getId()).map(Entry::getId).orElse(null), DESK);
	}

	public void unpin(LiveBlog blog, Entry entry) {
		this.entries.unpin(blog.getId(), entry.getId(), DESK);
	}

	/** The entry corrected over the version given, published now, with that public note (or none). */
	public Entry correct(LiveBlog blog, Entry entry, EntryText text, String note) {
		return this.entries.rewrite(blog.getId(), entry.getId(), entry.getVersion(), text, Publication.now(), note,
				DESK);
	}

	public void retract(LiveBlog blog, Entry entry, String reason) {
		retract(blog, entry, reason, DESK);
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

	/** A demo account (see DemoAccounts) as the one who does what a test does in its name. */
	public Actor actor(String username) {
		Editor editor = account(username);
		return new Actor(editor.getId(), editor.getDisplayName());
	}

	// Time

	/** The application's clock, which a test may move forward; put back after each test. */
	public TestClock clock() {
		if (this.clock == null) {
			throw new IllegalStateException("Another instance keeps the real time: move the tests' own clock");
		}
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
