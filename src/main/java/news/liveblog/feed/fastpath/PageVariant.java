package news.liveblog.feed.fastpath;

/**
 * The pages of a blog kept in memory, rendered at the same change and replaced together: its feed, and the
 * same feed for partners' frames, without the site around it.
 */
public enum PageVariant {

	/** {@code /live/{slug}}. */
	FEED("feed", ""),

	/** {@code /live/{slug}/embed}. */
	EMBED("embed", "/embed");

	private final String tag;

	private final String pathSuffix;

	PageVariant(String tag, String pathSuffix) {
		this.tag = tag;
		this.pathSuffix = pathSuffix;
	}

	/** What tells this page's ETag from the other's. */
	public String tag() {
		return this.tag;
	}

	/** What follows the feed's path in this page's. */
	public String pathSuffix() {
		return this.pathSuffix;
	}

}
