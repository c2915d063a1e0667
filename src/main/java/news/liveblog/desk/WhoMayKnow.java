package news.liveblog.desk;

import java.util.Objects;

/**
 * Which entries the desk may tell someone of, on its stream as in its presence: editors and admins know of
 * every entry; a contributor of public ones (published, or retracted after readers had them) and of their
 * own, never that a colleague's draft, submission or scheduled entry exists.
 */
final class WhoMayKnow {

	private WhoMayKnow() {
	}

	/**
	 * @param authorId the account that wrote the entry, or {@code null}
	 * @param publicEntry whether readers have or had it
	 */
	static boolean ofEntry(Long authorId, boolean publicEntry, long editorId, boolean contributor) {
		return !contributor || publicEntry || Objects.equals(authorId, editorId);
	}

}
