package news.liveblog.live;

/** What readers' pages must do about a change; each is a server-sent event name. */
enum ChangeKind {

	ENTRY_PUBLISHED("entry-published"), ENTRY_UPDATED("entry-updated"), ENTRY_RETRACTED("entry-retracted"),
	BLOG_UPDATED("blog-updated");

	private final String eventName;

	ChangeKind(String eventName) {
		this.eventName = eventName;
	}

	String eventName() {
		return this.eventName;
	}

}
