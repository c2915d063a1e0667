package news.liveblog.entry;

import java.time.Instant;

/**
 * Someone else saved the entry after the editor opened it and changed a field the editor changed too,
 * differently: saving either would lose the other's change to it. Nothing was saved.
 */
public class EditConflictException extends RuntimeException {

	private final Entry current;

	private final EntryMerge merge;

	private final String savedBy;

	private final Instant savedAt;

	EditConflictException(Entry current, EntryMerge merge, String savedBy, Instant savedAt) {
		super("Entry " + current.getId() + " was changed by someone else in " + merge.conflicts());
		this.current = current;
		this.merge = merge;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	/** The entry as it is now, with the other editor's version and its row version. */
	public Entry getCurrent() {
		return this.current;
	}

	/** Field by field: what is kept of theirs, what of mine, and where the editor must choose. */
	public EntryMerge getMerge() {
		return this.merge;
	}

	/** Who saved the current version. */
	public String getSavedBy() {
		return this.savedBy;
	}

	/** When the current version was saved. */
	public Instant getSavedAt() {
		return this.savedAt;
	}

}
