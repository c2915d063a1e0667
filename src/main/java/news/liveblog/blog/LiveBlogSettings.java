package news.liveblog.blog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What an admin decides about a live blog: its address, words, language, time zone, status and
 * coverage times.
 */
public record LiveBlogSettings(String slug, String title, String summary, Locale language, ZoneId timeZone,
		LiveBlogStatus status, Instant coverageStart, Instant coverageEnd) {

	/** Lower-case letters and digits in hyphen-separated words: the database checks the same. */
	public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	public static final int SLUG_MAX_LENGTH = 100;

}
