package news.liveblog.backoffice;

import java.time.Instant;
import java.util.List;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Byline;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.EntryStatus;


/**
 * A contributor's entry as the review queue and the contributor's own list show it: who wrote it, when it was
 * submitted, what it says in a line, and what became of it (waiting, sent back with the editor's note,
 * published, retracted). Times by the blog's clock.
 *
 * @param byline everyone the entry names as its authors
 * @param submittedTime when it last went to the queue, or {@code null} if it never did
 * @param reviewNote the note it was sent back with, or {@code null}
 * @param publishedTime when readers got it, or {@code null} while they have not
 * @param photos its gallery: the queue shows each photo small, so the editor sees what comes with the text
 */
record SubmissionView(long id, String status, String headline, String excerpt, Byline byline, String submittedIso,
		String submittedTime, String reviewNote, String sentBackBy, String sentBackTime, String publishedIso,
		String publishedTime, List<EntryPhoto> photos) {

	/** How many characters of its text the queue shows: what an editor recognises a submission by. */
	static final int EXCERPT_LENGTH = 160;

	static SubmissionView of(LiveBlog blog, Entry entry) {
		Instant submitted = entry.getSubmittedAt();
		Instant sentBack = (entry.getReviewNote() != null) ? entry.getSentBackAt() : null;
		Instant published = entry.wasPublic() ? entry.getPublishedAt() : null;
		return new SubmissionView(entry.getId(), entry.getStatus().name(), entry.getHeadline(),
				entry.excerpt(EXCERPT_LENGTH), entry.getByline(), (submitted != null) ? blog.printIso(submitted) : null,
				(submitted != null) ? BackOfficeTimes.dateTimeAndZone(blog, submitted) : null, entry.getReviewNote(),
				entry.getSentBackByName(), (sentBack != null) ? BackOfficeTimes.dateTimeAndZone(blog, sentBack) : null,
				(published != null) ? blog.printIso(published) : null,
				(published != null) ? BackOfficeTimes.dateTimeAndZone(blog, published) : null, entry.getPhotos());
	}

	public boolean waiting() {
		return EntryStatus.SUBMITTED.name().equals(this.status);
	}

	/** Back with its author, the editor's note beside it. */
	public boolean sentBack() {
		return this.reviewNote != null;
	}

	public boolean published() {
		return EntryStatus.PUBLISHED.name().equals(this.status);
	}

	public boolean retracted() {
		return EntryStatus.RETRACTED.name().equals(this.status);
	}

}
