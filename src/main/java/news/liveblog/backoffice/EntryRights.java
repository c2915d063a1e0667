package news.liveblog.backoffice;

import news.liveblog.account.SignedInEditor;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

import org.springframework.security.access.AccessDeniedException;

/**
 * Which entries a contributor may see and open. Editors and admins see and open every entry; a contributor
 * sees what readers see (published entries, and retracted ones for the record) and their own drafts and
 * submissions, and opens only their own drafts and the submissions still waiting for review. Never someone
 * else's draft or submission, nor a scheduled entry: not even that it exists.
 */
final class EntryRights {

	private EntryRights() {
	}

	/** Whether the editor's entry lists may show it. */
	static boolean maySee(SignedInEditor editor, Entry entry) {
		if (editor.canPublish()) {
			return true;
		}
		return switch (entry.getStatus()) {
			case PUBLISHED, RETRACTED -> true;
			case DRAFT, SUBMITTED -> entry.isWrittenBy(editor.getEditorId());
			case SCHEDULED -> false;
		};
	}

	/** Whether the editor may open its form and save it. */
	static boolean mayOpen(SignedInEditor editor, Entry entry) {
		return editor.canPublish() || (entry.isWrittenBy(editor.getEditorId())
				&& (entry.getStatus() == EntryStatus.DRAFT || entry.getStatus() == EntryStatus.SUBMITTED));
	}

	/** @throws AccessDeniedException when the editor may not open it (the back office's 403 page) */
	static void checkMayOpen(SignedInEditor editor, Entry entry) {
		if (!mayOpen(editor, entry)) {
			throw new AccessDeniedException("Entry " + entry.getId() + " is not theirs to change");
		}
	}

}
