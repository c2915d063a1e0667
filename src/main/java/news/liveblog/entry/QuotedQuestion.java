package news.liveblog.entry;

import java.util.Objects;

import jakarta.persistence.Embeddable;

import news.liveblog.system.NoNul;

/**
 * A reader's question an entry answers, quoted with it ("Your questions": the question, and who asked it):
 * the entry's own value, like its {@link LinkCard} or {@link SocialPost}, embedded by {@link EntryText} as
 * the {@code question_} columns, so that revisions, versions and merges carry it. It is only ever printed as
 * text. The question module makes it from a question an editor chose to answer; the composer shows it
 * read-only and may remove it, never edit it.
 */
@Embeddable
public final class QuotedQuestion {

	public static final int TEXT_MAX = 500;

	public static final int ASKED_BY_MAX = 60;

	@NoNul
	private String text;

	/** The pseudonym the reader gave, or {@code null}: "a reader". */
	@NoNul
	private String askedBy;

	/** For JPA, and for a form before it is bound. */
	public QuotedQuestion() {
	}

	public QuotedQuestion(String text, String askedBy) {
		this.text = FieldRules.stripToNull(text);
		this.askedBy = FieldRules.stripToNull(askedBy);
	}

	public String text() {
		return this.text;
	}

	public String askedBy() {
		return this.askedBy;
	}

	/** The question as an entry keeps it, or {@code null} when there is no text. */
	public QuotedQuestion orNull() {
		return (this.text == null || this.text.isBlank()) ? null : new QuotedQuestion(this.text, this.askedBy);
	}

	boolean isSafe() {
		return this.text != null && FieldRules.length(this.text) <= TEXT_MAX && this.text.indexOf('\0') < 0
				&& (this.askedBy == null
						|| (FieldRules.length(this.askedBy) <= ASKED_BY_MAX && this.askedBy.indexOf('\0') < 0));
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof QuotedQuestion that && Objects.equals(this.text, that.text)
				&& Objects.equals(this.askedBy, that.askedBy));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.text, this.askedBy);
	}

	@Override
	public String toString() {
		return "QuotedQuestion[text=" + this.text + ", askedBy=" + this.askedBy + "]";
	}

}
