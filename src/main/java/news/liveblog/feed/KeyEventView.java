package news.liveblog.feed;

/**
 * A key event as the feed's "Key events" list prints it: its time and its headline (or a clean first
 * sentence), linking to the entry.
 *
 * @param title the entry's headline, or its first sentence when it has none
 * @param onPage whether the entry is on the page the list is printed on: the link then jumps to it there
 * rather than opening its own page
 */
record KeyEventView(long id, String title, String isoTime, String time, String permalink, boolean onPage) {

	public String href() {
		return this.onPage ? "#entry-" + this.id : this.permalink;
	}

}
