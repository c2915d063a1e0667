package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

/**
 * A blog as the composer, the correction and the conflict pages show it: never the entity, so that a page
 * cannot reach what it should not print, nor change it.
 *
 * @param id what the browser keeps an editor's unsent text under: the slug may change while they write
 * @param timeZone where its times are given, a schedule's included
 * @param zoneNames the zone's abbreviation for each offset it has within a year, by offset in seconds
 * ("3600:CET 7200:CEST"): the composer's script dates a kept text with the names the server prints (the
 * browser's own say "GMT+1" for CET)
 */
record BackOfficeBlogView(long id, String slug, String title, LiveBlogStatus status, boolean live, ZoneId timeZone,
		String zoneNames) {

	static BackOfficeBlogView of(LiveBlog blog) {
		return new BackOfficeBlogView(blog.getId(), blog.getSlug(), blog.getTitle(), blog.getStatus(), blog.isLive(),
				blog.getTimeZone(), zoneNames(blog, Instant.now()));
	}

	private static String zoneNames(LiveBlog blog, Instant now) {
		Map<Integer, String> names = new LinkedHashMap<>();
		for (Instant at : new Instant[] { now, now.plus(Duration.ofDays(182)) }) {
			names.putIfAbsent(blog.getTimeZone().getRules().getOffset(at).getTotalSeconds(), blog.printZone(at));
		}
		StringBuilder text = new StringBuilder();
		names.forEach((offset, name) -> text.append((text.isEmpty()) ? "" : " ").append(offset).append(':').append(name));
		return text.toString();
	}

}
