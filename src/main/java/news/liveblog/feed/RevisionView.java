package news.liveblog.feed;

import news.liveblog.entry.EntryImage;
import news.liveblog.entry.LinkCard;

/**
 * An earlier version of an entry as its history page prints it.
 *
 * @param sinceIsoTime when this version became what readers saw
 * @param replacedTime when a correction replaced it
 * @param note the editor's public note on that correction, if any
 * @param image the image this version had, or {@code null}
 * @param link the link card this version had, or {@code null}
 */
record RevisionView(String headline, String bodyHtml, String sinceIsoTime, String sinceTime, String sinceDate,
		String replacedTime, String note, EntryImage image, LinkCard link) {
}
