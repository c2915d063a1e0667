package news.liveblog.entry;

import java.util.List;

/**
 * One page of a blog's published entries, in the order it was asked for (newest or oldest first).
 *
 * @param entries the entries of this page
 * @param next the id to ask for the following page with (older ones when newest first, later ones when
 * oldest first), or {@code null} on the last page
 */
public record EntryPage(List<Entry> entries, Long next) {

}
