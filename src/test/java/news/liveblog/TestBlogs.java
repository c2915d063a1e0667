package news.liveblog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.blog.NewLiveBlog;

/**
 * Blogs of a test's own: a unique slug each, so tests sharing the database never see each other's entries.
 */
public final class TestBlogs {

	private TestBlogs() {
	}

	public static LiveBlog open(LiveBlogs liveBlogs, LiveBlogStatus status) {
		return open(liveBlogs, status, Locale.ENGLISH, ZoneId.of("Europe/London"));
	}

	public static LiveBlog open(LiveBlogs liveBlogs, LiveBlogStatus status, Locale language, ZoneId zone) {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
		return liveBlogs.open(new NewLiveBlog(slug, "Test blog " + slug, "What a test covers", language, zone,
				status, Instant.parse("2026-01-01T08:00:00Z"), null));
	}

}
