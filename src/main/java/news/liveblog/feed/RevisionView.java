package news.liveblog.feed;

import java.util.List;

import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.entry.SocialPost;

/**
 * An earlier version of an entry as its history page prints it.
 *
 * @param sinceIsoTime when this version became what readers saw
 * @param replacedTime when a correction replaced it
 * @param note the editor's public note on that correction, if any
 * @param image the image this version had, or {@code null}
 * @param link the link card this version had, or {@code null}
 * @param photos the gallery this version had: readers see the earlier photos in the history
 * @param post the post or video from another site this version had, or {@code null}
 * @param question the reader's question this version quoted, or {@code null}
 * @param changes the fields the next version changed ({@code headline}, {@code body}, {@code keyEvent},
 * {@code image}, {@code link}, {@code photos}, {@code post}), in that order
 */
record RevisionView(String headline, String bodyHtml, boolean keyEvent, String sinceIsoTime, String sinceTime,
		String sinceDate, String replacedTime, String note, EntryImage image, LinkCard link, List<EntryPhoto> photos,
		SocialPost post, QuotedQuestion question, List<String> changes) {
}
