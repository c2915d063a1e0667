package news.liveblog.feed;

/**
 * An earlier version of an entry as its history page prints it.
 *
 * @param sinceIsoTime when this version became what readers saw
 * @param replacedTime when a correction replaced it
 * @param note the editor's public note on that correction, if any
 */
record RevisionView(String headline, String bodyHtml, String sinceIsoTime, String sinceTime, String sinceDate,
		String replacedTime, String note) {
}
