package news.liveblog.feed;

import java.util.List;

import news.liveblog.entry.Byline;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.entry.SocialPost;

/**
 * An entry as a page prints it: times already in the blog's zone and language.
 *
 * @param isoTime the publication time as ISO-8601 with the blog's offset, for {@code <time datetime>}
 * @param time the time of day readers see ("09:02")
 * @param date the day readers see ("jeudi 17 octobre 2024")
 * @param bodyHtml sanitised when the entry was written, so printed as it is
 * @param label its headline, or the first words of its text: what the buttons that share it name it by for screen
 * readers, where a feed has many updates of the same minute or of the same time on other days
 * @param byline everyone it names as its authors, joined as the blog's language joins them ("A and B", fragments/byline.html)
 * @param permalink its own page, as links within the site write it
 * @param shareUrl its own page's public address, which "Copy link" and "Share" give
 * @param editedIsoTime when the text was last corrected, or {@code null} if never
 * @param editedTime the same as readers see it ("09:14")
 * @param correctionNote the first line of the public note of its latest correction that had one, or {@code null}
 * @param correctionIsoTime when that correction was made, or {@code null}
 * @param correctionTime the same as readers see it
 * @param image the image shown with it, or {@code null}
 * @param link the link card shown with it, or {@code null}
 * @param photos its gallery, in the editor's order (fragments/entry-photos.html)
 * @param post the post or video from another site shown with it, or {@code null}
 * @param question the reader's question it answers, quoted above its text, or {@code null}
 * @param editedDay the day of {@code editedTime} when it is not the day the entry was published, else {@code null}:
 * "updated at 13:28" under an entry of 17 October would read as that day
 * @param correctionDay the same for {@code correctionTime}
 */
record EntryView(long id, String headline, String bodyHtml, String label, Byline byline, String isoTime, String time,
		String date, String permalink, String shareUrl, boolean keyEvent, boolean pinned, String editedIsoTime,
		String editedTime, String correctionNote, String correctionIsoTime, String correctionTime, EntryImage image,
		LinkCard link, List<EntryPhoto> photos, SocialPost post, QuotedQuestion question, String editedDay,
		String correctionDay) {

	/**
	 * Whether "updated at" is printed on its own: the entry was corrected, and its latest correction is not the
	 * one whose note is printed (which says when it was made).
	 */
	public boolean showsUpdatedAt() {
		return this.editedTime != null
				&& (this.correctionNote == null || !this.correctionIsoTime.equals(this.editedIsoTime));
	}

	public String revisionsUrl() {
		return this.permalink + "/revisions";
	}

}
