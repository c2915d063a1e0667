package news.liveblog.entry;

/**
 * The entry is not in a state that allows this: pinning a draft, editing a retracted entry.
 */
public class EntryStateException extends RuntimeException {

	private final String reason;

	private final String with;

	EntryStateException(String reason) {
		this(reason, null);
	}

	EntryStateException(String reason, String with) {
		super(reason);
		this.reason = reason;
		this.with = with;
	}

	/** A message key the back office shows. */
	public String getReason() {
		return this.reason;
	}

	/** What the message names (the entry pinned meanwhile), or {@code null}. */
	public String getWith() {
		return this.with;
	}

}
