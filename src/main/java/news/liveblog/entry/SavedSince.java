package news.liveblog.entry;

import java.time.Instant;
import java.util.List;

/**
 * The saves of an entry that an editor has not seen: made after the row version their form was drawn from.
 *
 * @param by who saved it, each once, in the order of their first save
 * @param lastAt when the last of them saved it
 */
public record SavedSince(List<String> by, Instant lastAt) {
}
