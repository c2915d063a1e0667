package news.liveblog.entry;

/**
 * Someone saved the entry after the editor opened it: saving would overwrite their text.
 */
public class EditConflictException extends RuntimeException {

	private final Entry current;

	EditConflictException(Entry current) {
		super("Entry " + current.getId() + " was changed by someone else");
		this.current = current;
	}

	/** The entry as it is now, with the other editor's text and its version. */
	public Entry getCurrent() {
		return this.current;
	}

}
