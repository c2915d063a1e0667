package news.liveblog.backoffice;

import java.util.List;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.EntryContent;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.entry.SocialPost;

/**
 * One side of a conflict page, every field as the editor wrote it: the version saved meanwhile, or the
 * editor's own.
 *
 * @param status the publication's status name (a message key's end)
 * @param scheduledTime when a scheduled entry is to be published, in the blog's zone and naming it (beside the
 * saved-at time, which names its zone too), else {@code null}
 */
record ConflictSideView(String headline, String body, boolean keyEvent, EntryImage image, LinkCard link,
		List<EntryPhoto> photos, SocialPost post, QuotedQuestion question, String status, String scheduledTime) {

	static ConflictSideView of(LiveBlog blog, EntryContent content) {
		var text = content.text();
		var at = content.scheduledFor();
		return new ConflictSideView(text.headline(), text.body(), text.keyEvent(), text.image(), text.link(),
				text.photos(), text.post(), text.question(),
				content.publication().status().name(),
				(at != null) ? BackOfficeTimes.dateTimeAndZone(blog, at) : null);
	}

}
