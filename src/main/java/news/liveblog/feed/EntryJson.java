package news.liveblog.feed;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;

/**
 * An entry as the JSON API gives it: what its article on the page shows, with absolute URLs.
 *
 * @param time the publication time, ISO-8601 with the blog's offset, as the page's {@code <time datetime>}
 * @param bodyHtml sanitised when the entry was written, exactly what the page prints
 * @param updatedTime when the text was last corrected (ISO-8601, the blog's offset), or {@code null} if never
 * @param url the entry's own page
 */
record EntryJson(long id, String time, String headline, String bodyHtml, String author, boolean keyEvent,
		boolean pinned, String updatedTime, String url) {

	/** @param baseUrl the site's absolute address, without a trailing slash */
	static EntryJson of(LiveBlog blog, Entry entry, String baseUrl) {
		return new EntryJson(entry.getId(), blog.printIso(entry.getPublishedAt()), entry.getHeadline(),
				entry.getBodyHtml(), entry.getAuthorName(), entry.isKeyEvent(), entry.isPinned(),
				(entry.getEditedAt() != null) ? blog.printIso(entry.getEditedAt()) : null,
				baseUrl + PageFormat.feedUrl(blog) + "/entries/" + entry.getId());
	}

}
