package news.liveblog.entry;

public enum EntryStatus {

	/** Written but not yet meant for readers. */
	DRAFT,

	/** Written by a contributor and waiting in the blog's review queue for an editor. */
	SUBMITTED,

	/** Will be published at its publication time. */
	SCHEDULED,

	/** Visible to readers. */
	PUBLISHED,

	/** Withdrawn from every public page; kept for the record. */
	RETRACTED

}
