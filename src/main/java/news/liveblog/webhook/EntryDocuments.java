package news.liveblog.webhook;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;

/**
 * What a webhook's message says of a blog and its entries: exactly what the JSON API prints, so that a
 * receiver reads one shape whether it polls or listens. The feed, which prints the API, provides it.
 */
public interface EntryDocuments {

	/** The entry as {@code /api/live/{slug}/entries} prints it, to be written as JSON. */
	Object entry(LiveBlog blog, Entry entry);

	/** The blog's public page. */
	String blogUrl(LiveBlog blog);

	/** The entry's own page. */
	String entryUrl(LiveBlog blog, long entryId);

}
