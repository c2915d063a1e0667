package news.liveblog.desk;

/** What a back-office page is for, as its heartbeat says: the page its editor has open. */
enum Activity {

	/** A blog's composer and entry list. */
	DESK,

	/** An entry's edit (or correction) page: the entry is named, and others see who has it open. */
	EDITING,

	/** A blog's review queue. */
	REVIEWING

}
