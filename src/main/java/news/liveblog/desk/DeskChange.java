package news.liveblog.desk;

import news.liveblog.entry.EntryVisibility;

/**
 * One change as the desk hears of it: which blog, what happened, to which entry, and what it takes to keep
 * it from a contributor who may not know of that entry.
 *
 * @param blogId the blog, by what the pages' live regions name it: its id, which stays when an admin gives the blog
 * another address (a page opened before then still hears of it)
 * @param kind what happened: an entry's {@code EntryChanged.Change} ({@code PUBLISHED}, {@code DRAFT_SAVED}...),
 * or the blog's own ({@code BLOG_OPENED}, {@code BLOG_UPDATED})
 * @param entryId the entry, or {@code null} for a change to the blog itself
 * @param authorId the account that wrote the entry, or {@code null} (the blog itself, or an entry no
 * account wrote, or one gone by the time the change was told)
 * @param publicEntry whether readers have or had the entry: published, or retracted after it was
 */
record DeskChange(long blogId, String kind, Long entryId, Long authorId, boolean publicEntry) {

	/**
	 * Whether someone may hear of it: editors and admins hear of everything; a contributor of the blog's own
	 * changes, of public entries and of their own entries, and never that a colleague saved a draft,
	 * submitted or scheduled something.
	 */
	boolean mayBeHeardBy(long editorId, boolean contributor) {
		return this.entryId == null
				|| EntryVisibility.mayKnowOf(this.authorId, this.publicEntry, editorId, contributor);
	}

}
