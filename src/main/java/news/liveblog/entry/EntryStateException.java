package news.liveblog.entry;

/**
 * The entry is not in a state that allows this: pinning a draft, editing a retracted entry.
 */
public class EntryStateException extends RuntimeException {

	private final String reason;

	EntryStateException(String reason) {
		super(reason);
		this.reason = reason;
	}

	/** A message key the back office shows. */
	public String getReason() {
		return this.reason;
	}

}
