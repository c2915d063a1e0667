package news.liveblog.backoffice;

import java.util.List;

/**
 * The entry list as its template prints it: the tabs with their counts, "Mine", the search, a page of
 * entries and the way to the next one.
 *
 * @param refresh the list region's own address, its filter kept (what the desk's script re-fetches)
 * @param older the next page's address, or {@code null} on the last
 * @param words what the search box holds, or {@code null}
 * @param pinned the blog's pinned entry, which a Pin button replaces, or {@code null}
 */
record EntryListView(String slug, String tab, boolean mine, String words, List<Tab> tabs, List<EntryListItem> entries,
		String refresh, String page, String older, String mineOn, String mineOff, String searchAction,
		boolean firstPage, boolean fromComposer, Pinned pinned) {

	/**
	 * A tab's link.
	 *
	 * @param name its name in addresses ("drafts"), also the end of its message key
	 */
	record Tab(String name, long count, boolean selected, String href) {
	}

	/**
	 * The entry pinned now, on this page of the list or not.
	 *
	 * @param label what an editor recognises it by (its headline or first words)
	 */
	record Pinned(long id, String label) {
	}

}
