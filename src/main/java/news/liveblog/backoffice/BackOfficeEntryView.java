package news.liveblog.backoffice;

import java.util.List;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Byline;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.SocialPost;

/**
 * An entry as the back office lists it, whatever its status.
 *
 * @param time when it was or will be published, or when the draft was written, in the blog's zone
 * @param zone that zone's abbreviation at that time ("CEST"), for editors who sit in another one
 * @param zoneId the zone's name ("Europe/Brussels")
 * @param sentBack a draft an editor sent back to its author with a note (until it is submitted again)
 * @param image the image shown with it, or {@code null}
 * @param link the link card shown with it, or {@code null}
 * @param photos its gallery, in the editor's order
 * @param post the post or video from another site shown with it, or {@code null}
 * @param retractedTime when it was retracted, with the zone ("10:04 AM CEST"): said to a colleague who may sit in
 * another one, often while they correct it
 */
record BackOfficeEntryView(long id, String status, String headline, String bodyHtml, Byline byline,
		String isoTime, String time, String date, String zone, String zoneId, boolean keyEvent, boolean pinned,
		boolean published, boolean retracted, boolean sentBack, String editedTime, String retractedTime,
		String retractedBy, String retractionReason, EntryImage image, LinkCard link, List<EntryPhoto> photos,
		SocialPost post) {

	static BackOfficeEntryView of(LiveBlog blog, Entry entry) {
		var shown = (entry.getPublishedAt() != null) ? entry.getPublishedAt() : entry.getCreatedAt();
		return new BackOfficeEntryView(entry.getId(), entry.getStatus().name(), entry.getHeadline(),
				entry.getBodyHtml(), entry.getByline(), blog.printIso(shown), BackOfficeTimes.time(blog, shown),
				BackOfficeTimes.date(blog, shown), blog.printZone(shown), blog.getTimeZone().getId(),
				entry.isKeyEvent(), entry.isPinned(), entry.isPublished(),
				entry.getRetractedAt() != null,
				entry.getStatus() == EntryStatus.DRAFT && entry.getReviewNote() != null,
				(entry.getEditedAt() != null) ? BackOfficeTimes.time(blog, entry.getEditedAt()) : null,
				(entry.getRetractedAt() != null) ? BackOfficeTimes.timeAndZone(blog, entry.getRetractedAt()) : null,
				entry.getRetractedByName(), entry.getRetractionReason(), entry.getImage(), entry.getLinkCard(),
				entry.getPhotos(), entry.getSocialPost());
	}

}
