package news.liveblog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

/**
 * Blogs of a test's own: a unique slug each, so tests sharing the database never see each other's entries.
 */
public final class TestBlogs {

	public static final Actor DESK = new Actor(null, "Test desk");

	private TestBlogs() {
	}

	public static LiveBlog open(LiveBlogs liveBlogs, LiveBlogStatus status) {
		return open(liveBlogs, status, Locale.ENGLISH, ZoneId.of("Europe/London"));
	}

	public static LiveBlog open(LiveBlogs liveBlogs, LiveBlogStatus status, Locale language, ZoneId zone) {
		return liveBlogs.open(new LiveBlogSettings(uniqueSlug(), "Test blog", "What a test covers", language, zone,
				status, Instant.parse("2026-01-01T08:00:00Z"), null), DESK);
	}

	/**
	 * A public blog whose coverage ended before the demo blog's began, for tests that read a public blog but
	 * not whether it is live. The front page lists 50 blogs, live ones first, then the most recent: blogs
	 * like this one never push the demo blog off it (DemoFeedTests looks for it there), however many tests
	 * open them.
	 */
	public static LiveBlog openEndedBeforeTheDemo(LiveBlogs liveBlogs) {
		return liveBlogs.open(new LiveBlogSettings(uniqueSlug(), "Test blog", "What a test covers", Locale.ENGLISH,
				ZoneId.of("Europe/London"), LiveBlogStatus.ENDED, Instant.parse("2020-01-01T08:00:00Z"),
				Instant.parse("2020-01-01T18:00:00Z")), DESK);
	}

	/**
	 * Takes a test's blog off the public pages (back to draft; the back office still lists it). The front page
	 * lists at most 50 blogs: tests that open many public ones withdraw them, or they would crowd others' out.
	 */
	public static void withdraw(LiveBlogs liveBlogs, String slug) {
		LiveBlog blog = liveBlogs.find(slug).orElseThrow();
		LiveBlogSettings now = blog.settings();
		liveBlogs.update(slug, blog.getVersion(), new LiveBlogSettings(now.slug(), now.title(), now.summary(),
				now.language(), now.timeZone(), LiveBlogStatus.DRAFT, now.coverageStart(), now.coverageEnd()), DESK);
	}

	public static String uniqueSlug() {
		return "test-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** An entry published at the given time, as if an editor had published it then. */
	public static Entry publish(Entries entries, LiveBlog blog, String text, Instant at) {
		return entries.write(blog.getId(), EntryText.of(text), Publication.publishedAt(at), false, UUID.randomUUID(),
				DESK).entry();
	}

	/** A key event published at the given time, as if an editor had marked and published it then. */
	public static Entry publishKeyEvent(Entries entries, LiveBlog blog, String headline, String body, Instant at) {
		return entries.write(blog.getId(), new EntryText(headline, body, true), Publication.publishedAt(at), false,
				UUID.randomUUID(), DESK).entry();
	}

	/** A demo account (see DemoAccounts) as the one who does what a test does in its name. */
	public static Actor actor(Accounts accounts, String username) {
		Editor editor = accounts.findByUsername(username).orElseThrow();
		return new Actor(editor.getId(), editor.getDisplayName());
	}

	/**
	 * Twenty long updates published in the hour before now, several screens of them: a reader who scrolls to the
	 * end of the page has the top, where new entries arrive, out of sight.
	 */
	public static void publishScreensOfEarlierUpdates(Entries entries, LiveBlog blog) {
		for (int i = 0; i < 20; i++) {
			publish(entries, blog, "Earlier update " + i + ". " + "Context. ".repeat(40),
					Instant.now().minusSeconds(3600 - i * 60L));
		}
	}

}
