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

		DRAFT_SAVED, SCHEDULED, PUBLISHED, EDITED, PINNED, UNPINNED, RETRACTED

	}

}
