package news.liveblog.blog;

public enum LiveBlogStatus {

	/** Being prepared in the back office; not visible to readers. */
	DRAFT,

	/** Coverage under way: readers see it as live. */
	LIVE,

	/** Coverage over: still readable, no longer updated. */
	ENDED;

	public boolean isPublic() {
		return this != DRAFT;
	}

}
