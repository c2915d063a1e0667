package news.liveblog.account;

public enum EditorRole {

	/** Writes, corrects, pins and retracts entries in any blog. */
	EDITOR,

	/** Also manages blogs and accounts, and reads the audit trail. */
	ADMIN

}
