package news.liveblog.entry;

import java.time.Instant;

/**
 * A blog's figures for the back office.
 *
 * @param published how many entries readers see
 * @param lastChange when any of its entries last changed, or {@code null} when it has none
 */
public record EntryStatistics(long liveBlogId, long published, Instant lastChange) {

	public static EntryStatistics none(long liveBlogId) {
		return new EntryStatistics(liveBlogId, 0, null);
	}

}
