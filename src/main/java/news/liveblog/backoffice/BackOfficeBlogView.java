package news.liveblog.backoffice;

import java.time.ZoneId;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

/**
 * A blog as the composer, the correction and the conflict pages show it: never the entity, so that a page
 * cannot reach what it should not print, nor change it.
 *
 * @param id what the browser keeps an editor's unsent text under: the slug may change while they write
 * @param timeZone where its times are given, a schedule's included
 */
record BackOfficeBlogView(long id, String slug, String title, LiveBlogStatus status, boolean live, ZoneId timeZone) {

	static BackOfficeBlogView of(LiveBlog blog) {
		return new BackOfficeBlogView(blog.getId(), blog.getSlug(), blog.getTitle(), blog.getStatus(), blog.isLive(),
				blog.getTimeZone());
	}

}
