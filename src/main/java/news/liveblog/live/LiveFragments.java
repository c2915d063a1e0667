package news.liveblog.live;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;

/**
 * What the live stream needs to make its events: parts of a blog's feed page exactly as the page prints
 * them, so a pushed part never differs from a reloaded one. The feed, which prints the page, provides it.
 */
public interface LiveFragments {

	/** The entry as the feed prints it. */
	String render(LiveBlog blog, Entry entry);

	/** The blog's "Key events" list as it is now, or an empty string when it has none. */
	String keyEvents(LiveBlog blog);

	/** The blog's pinned section as it is now, or an empty string when no entry is pinned. */
	String pinned(LiveBlog blog);

}
