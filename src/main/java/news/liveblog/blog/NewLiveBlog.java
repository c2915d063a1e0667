package news.liveblog.blog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What it takes to open a live blog.
 */
public record NewLiveBlog(String slug, String title, String summary, Locale language, ZoneId timeZone,
		LiveBlogStatus status, Instant coverageStart, Instant coverageEnd) {
}
