package news.liveblog.entry;

/**
 * What the entry list shows of a blog.
 *
 * @param authorId only this editor's entries ("Mine"), or {@code null} for everyone's
 * @param contributorId set when a contributor looks: of drafts and submissions they see only their own, and
 * no scheduled entry at all; {@code null} for an editor, who sees everything
 * @param words what was typed in the search box, or {@code null}
 * @param before the page starts after this place in the tab's order; {@code null} for the first page
 */
public record EntryListFilter(long liveBlogId, EntryTab tab, Long authorId, Long contributorId, String words,
		EntryCursor before) {

	/** The same filter on another tab, from its first page (what a tab's link and count show). */
	public EntryListFilter on(EntryTab other) {
		return new EntryListFilter(this.liveBlogId, other, this.authorId, this.contributorId, this.words, null);
	}

}
