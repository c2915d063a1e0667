package news.liveblog.entry;

import java.time.Instant;

/**
 * A blog's figures for the back office.
 *
 * @param published how many entries readers see
 * @param lastChange when any of its entries last changed, or {@code null} when it has none
 * @param lastPublicChange when any of the entries readers have or had last changed, or {@code null}: what a
 * contributor may be told (a colleague's draft saved a minute ago is not theirs to know of)
 */
public record EntryStatistics(long liveBlogId, long published, Instant lastChange, Instant lastPublicChange) {

	public static EntryStatistics none(long liveBlogId) {
		return new EntryStatistics(liveBlogId, 0, null, null);
	}

	/** The last change this person may know of ({@link EntryVisibility}). */
	public Instant lastChangeFor(boolean contributor) {
		return contributor ? this.lastPublicChange : this.lastChange;
	}

}
