package news.liveblog.entry;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a merge of two editors' changes takes from one side or the other, whole. An image, a link card or a
 * post is one field: its address, alternative text, caption and credit describe one thing and are never mixed
 * from two versions. So is the gallery: its photos, their order and their texts.
 */
public enum EntryField {

	HEADLINE, BODY, KEY_EVENT, IMAGE, LINK, PHOTOS, POST, QUESTION, PUBLICATION;

	/** Whether the two versions differ in this field. */
	public boolean differs(EntryContent one, EntryContent other) {
		return !Objects.equals(value(one), value(other));
	}

	/** The fields in which two versions differ, in form order. */
	public static Set<EntryField> differing(EntryContent one, EntryContent other) {
		Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
		for (EntryField field : values()) {
			if (field.differs(one, other)) {
				fields.add(field);
			}
		}
		return fields;
	}

	/** The fields of the text, its mark and media in which two versions differ. */
	public static Set<EntryField> differing(EntryText one, EntryText other) {
		return differing(new EntryContent(one, Publication.now()), new EntryContent(other, Publication.now()));
	}

	/** The name forms and message keys use: {@code headline}, {@code keyEvent}... */
	public String formName() {
		return switch (this) {
			case HEADLINE -> "headline";
			case BODY -> "body";
			case KEY_EVENT -> "keyEvent";
			case IMAGE -> "image";
			case LINK -> "link";
			case PHOTOS -> "photos";
			case POST -> "post";
			case QUESTION -> "question";
			case PUBLICATION -> "publication";
		};
	}

	private Object value(EntryContent content) {
		EntryText text = content.text();
		return switch (this) {
			case HEADLINE -> text.headline();
			case BODY -> text.body();
			case KEY_EVENT -> text.keyEvent();
			case IMAGE -> text.image();
			case LINK -> text.link();
			case PHOTOS -> text.photos();
			case POST -> text.post();
			case QUESTION -> text.question();
			// To the minute, as the schedule field shows it: a time set elsewhere with seconds is the same time.
			case PUBLICATION -> new Publication(content.publication().status(),
					(content.scheduledFor() != null) ? content.scheduledFor().truncatedTo(ChronoUnit.MINUTES) : null);
		};
	}

}
