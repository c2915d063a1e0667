package news.liveblog.entry;

import java.util.List;

/**
 * A page of the entry list.
 *
 * @param older where the next page ("Older entries") starts, or {@code null} on the last page
 */
public record EntryListPage(List<Entry> entries, EntryCursor older) {
}
