package news.liveblog.feed.fastpath;

/** What the fast path asks of the page cache: the page it may answer a request for a blog's feed (or embed) with. */
public interface CurrentFeedPages {

	/**
	 * The blog's feed page (or embed) if one is current in memory, counted as a hit; else {@code null}, counted as a
	 * miss, and the request goes on to the application.
	 */
	RenderedPage serve(String slug, PageVariant variant);

}
