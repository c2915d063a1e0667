package news.liveblog.account;

public enum EditorRole {

	/**
	 * Reporters and stringers: write entries and submit them for review; cannot publish, schedule, pin,
	 * retract, correct published entries, read other people's drafts, or open any admin page.
	 */
	CONTRIBUTOR,

	/** Writes, corrects, pins and retracts entries in any blog. */
	EDITOR,

	/** Also manages blogs and accounts, and reads the audit trail. */
	ADMIN

}
