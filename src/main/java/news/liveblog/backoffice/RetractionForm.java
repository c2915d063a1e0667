package news.liveblog.backoffice;

import news.liveblog.entry.FieldRules;
import news.liveblog.system.NoNul;

/**
 * Why an entry is retracted, as the editor typed it (kept in the record, never shown to readers).
 *
 * @param reason the reason; none sent is an empty one
 */
record RetractionForm(@NoNul String reason) {

	RetractionForm {
		reason = (reason != null) ? reason : "";
	}

	/** Whether a reason was given, and one no longer than a note may be. */
	boolean reasonFits() {
		return !this.reason.isBlank() && FieldRules.length(this.reason) <= EntryForm.NOTE_MAX;
	}

}
