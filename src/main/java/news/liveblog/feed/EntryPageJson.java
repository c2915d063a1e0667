package news.liveblog.feed;

import java.util.List;

/**
 * One page of a blog's entries as the JSON API gives it, newest first.
 *
 * @param pinnedEntry the entry pinned above the feed, on the first page only (as the page shows it)
 * @param nextBefore the cursor of the following (older) page, or {@code null} on the last page
 * @param next the following page's absolute URL, or {@code null} on the last page
 */
record EntryPageJson(BlogJson blog, List<EntryJson> entries, EntryJson pinnedEntry, Long nextBefore, String next) {

	/** The blog the entries belong to, as its page's header shows it. */
	record BlogJson(String slug, String title, String summary, String language, String status, String url) {
	}

}
