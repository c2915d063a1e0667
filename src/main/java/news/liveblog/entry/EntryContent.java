package news.liveblog.entry;

import java.time.Instant;

/**
 * Everything an editor decides about an entry in its form: the text with its key-event mark and media, and,
 * until it is published, its publication. One version of it is what a merge compares field by field.
 *
 * @param publication {@link Publication#now()} once published (when is then no longer the editor's to
 * change), else a draft or the time it is scheduled for
 */
public record EntryContent(EntryText text, Publication publication) {

	public EntryContent {
		publication = switch (publication.status()) {
			case PUBLISHED, RETRACTED -> Publication.now();
			case SCHEDULED, SUBMITTED -> publication;
			case DRAFT -> Publication.draft();
		};
	}

	public static EntryContent of(Entry entry) {
		return new EntryContent(entry.text(), new Publication(entry.getStatus(), entry.getPublishedAt()));
	}

	public boolean published() {
		return this.publication.status() == EntryStatus.PUBLISHED;
	}

	/** When a scheduled entry is to be published, else {@code null}. */
	public Instant scheduledFor() {
		return (this.publication.status() == EntryStatus.SCHEDULED) ? this.publication.at() : null;
	}

	/** This content with one field taken from another version. */
	EntryContent with(EntryField field, EntryContent from) {
		EntryText t = this.text;
		EntryText f = from.text;
		return switch (field) {
			case HEADLINE -> new EntryContent(
					new EntryText(f.headline(), t.body(), t.keyEvent(), t.image(), t.link(), t.photos(), t.post(),
							t.question()),
					this.publication);
			case BODY -> new EntryContent(
					new EntryText(t.headline(), f.body(), t.keyEvent(), t.image(), t.link(), t.photos(), t.post(),
							t.question()),
					this.publication);
			case KEY_EVENT -> new EntryContent(
					new EntryText(t.headline(), t.body(), f.keyEvent(), t.image(), t.link(), t.photos(), t.post(),
							t.question()),
					this.publication);
			case IMAGE -> new EntryContent(
					new EntryText(t.headline(), t.body(), t.keyEvent(), f.image(), t.link(), t.photos(), t.post(),
							t.question()),
					this.publication);
			case LINK -> new EntryContent(
					new EntryText(t.headline(), t.body(), t.keyEvent(), t.image(), f.link(), t.photos(), t.post(),
							t.question()),
					this.publication);
			case PHOTOS -> new EntryContent(t.withPhotos(f.photos()), this.publication);
			case POST -> new EntryContent(t.withPost(f.post()), this.publication);
			case QUESTION -> new EntryContent(t.withQuestion(f.question()), this.publication);
			case PUBLICATION -> new EntryContent(t, from.publication);
		};
	}

}
