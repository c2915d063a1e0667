package news.liveblog.entry;

import jakarta.persistence.Embeddable;

/**
 * One of the people an entry's byline names, as they were named when they signed it: the contributor who
 * wrote it, then the editor who rewrote it before it went out. Stored as the {@code entry_author} rows, in
 * byline order.
 *
 * @param editorId their account, or {@code null} for the application (imports, the demo blog)
 */
@Embeddable
public record EntryAuthor(Long editorId, String name) {

	/** Whether this is that account (never the application, which has no account). */
	boolean is(Long editorId) {
		return this.editorId != null && this.editorId.equals(editorId);
	}

}
