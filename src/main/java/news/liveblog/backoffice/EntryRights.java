package news.liveblog.backoffice;

import news.liveblog.account.SignedInEditor;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryVisibility;

import org.springframework.security.access.AccessDeniedException;

/**
 * The back office's answers to {@link EntryVisibility}'s rule: an entry someone may not know of is as
 * unknown as an id never used (404, the same page), one they know of but may not change is the back
 * office's 403 page.
 */
final class EntryRights {

	private EntryRights() {
	}

	/** @throws EntryNotFoundException when they may not know it exists */
	static void checkMayKnow(SignedInEditor editor, Entry entry) {
		if (!entry.mayBeKnownBy(editor.getEditorId(), editor.isContributor())) {
			throw new EntryNotFoundException(entry.getId());
		}
	}

	/**
	 * @throws EntryNotFoundException when they may not know it exists
	 * @throws AccessDeniedException when they know of it but may not open it (the back office's 403 page)
	 */
	static void checkMayOpen(SignedInEditor editor, Entry entry) {
		checkMayKnow(editor, entry);
		if (!entry.mayBeOpenedBy(editor.getEditorId(), editor.isContributor())) {
			throw new AccessDeniedException("Entry " + entry.getId() + " is not theirs to change");
		}
	}

	/**
	 * A contributor's own entry, whatever its state now (what they may still do with it is decided under its
	 * lock); an editor's any entry.
	 * @throws EntryNotFoundException when they may not know it exists
	 * @throws AccessDeniedException when it is another's
	 */
	static void checkOwnIfContributor(SignedInEditor editor, Entry entry) {
		checkMayKnow(editor, entry);
		if (editor.isContributor() && !entry.isWrittenBy(editor.getEditorId())) {
			throw new AccessDeniedException("Entry " + entry.getId() + " is not theirs to change");
		}
	}

}
