package news.liveblog.entry;

import java.time.Instant;

import news.liveblog.entry.EntryChanged.Change;

/**
 * What becomes of an entry when it is saved: published now, published at a given time, or kept as a
 * draft.
 *
 * @param at the publication time for a scheduled or imported entry, {@code null} otherwise
 */
public record Publication(EntryStatus status, Instant at) {

	public static Publication now() {
		return new Publication(EntryStatus.PUBLISHED, null);
	}

	public static Publication draft() {
		return new Publication(EntryStatus.DRAFT, null);
	}

	/** Sent to the blog's review queue, for an editor to publish or send back. */
	public static Publication submitted() {
		return new Publication(EntryStatus.SUBMITTED, null);
	}

	/** Published by the scheduling job once the time has come. */
	public static Publication scheduled(Instant at) {
		return new Publication(EntryStatus.SCHEDULED, at);
	}

	/** Published already, at a past time: for entries brought in from elsewhere (the demo blog, tests). */
	public static Publication publishedAt(Instant at) {
		return new Publication(EntryStatus.PUBLISHED, at);
	}

	Instant publishAt(Instant now) {
		return switch (this.status) {
			case PUBLISHED -> (this.at != null) ? this.at : now;
			case SCHEDULED -> this.at;
			default -> null;
		};
	}

	Change change() {
		return switch (this.status) {
			case PUBLISHED -> Change.PUBLISHED;
			case SCHEDULED -> Change.SCHEDULED;
			case SUBMITTED -> Change.SUBMITTED;
			default -> Change.DRAFT_SAVED;
		};
	}

	String detail() {
		return (this.status == EntryStatus.SCHEDULED) ? "for " + this.at : null;
	}

}
