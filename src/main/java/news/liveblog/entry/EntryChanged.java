package news.liveblog.entry;

import news.liveblog.account.Actor;

/**
 * Something happened to an entry; published inside the change's transaction, so listeners that write
 * (the audit trail) commit or roll back with it.
 *
 * @param detail what the change was about in words: a retraction's reason, a correction's note
 */
public record EntryChanged(long liveBlogId, long entryId, Change change, Actor actor, String detail) {

	public enum Change {

		DRAFT_SAVED, SCHEDULED, PUBLISHED, EDITED, PINNED, UNPINNED, RETRACTED,

		/** A contributor sent an entry to the review queue. */
		SUBMITTED,

		/** A submission was changed while it waits in the queue (by its author or an editor), and stays there. */
		SUBMISSION_EDITED,

		/** An editor sent a submission back to its author, with a note. */
		SENT_BACK,

		/** A draft was deleted (it never was public). */
		DELETED,

		/** A scheduled entry was taken back to a draft before its time. */
		UNSCHEDULED

	}

}
