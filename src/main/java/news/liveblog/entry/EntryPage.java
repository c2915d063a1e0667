package news.liveblog.entry;

import java.util.List;

/**
 * One page of a blog's published entries, newest first.
 *
 * @param entries the entries of this page
 * @param olderThan the id to ask for the next (older) page with, or {@code null} on the last page
 */
public record EntryPage(List<Entry> entries, Long olderThan) {

	public boolean hasOlder() {
		return this.olderThan != null;
	}

}
