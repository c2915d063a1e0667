package news.liveblog.entry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jsoup.Jsoup;

@Entity
@Table(name = "entry")
public class Entry {

	/** How many characters of an entry's text name it when it has no headline ({@link #label()}). */
	private static final int LABEL_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The blog, by id: entries and blogs are separate modules, so no object reference crosses them. */
	private Long liveBlogId;

	/** What the editor wrote: the body in Markdown, with its headline, key-event mark and media. */
	@Embedded
	private EntryText text;

	/** The source rendered and sanitised once, when written; safe to print as it is. */
	private String bodyHtml;

	private Long authorId;

	/** The author's public name when the entry was written. */
	private String authorName;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	/** When it was (or, scheduled, will be) published; {@code null} for a draft. */
	private Instant publishedAt;

	private boolean pinned;

	/** When the published text was last corrected, if ever. */
	private Instant editedAt;

	private Instant retractedAt;

	private String retractedByName;

	private String retractionReason;

	private UUID submissionToken;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Entry() {
		// for JPA
	}

	Entry(long liveBlogId, EntryText text, RenderedBody body, Long authorId, String authorName, EntryStatus status,
			Instant publishedAt, UUID submissionToken, Instant now) {
		this.liveBlogId = liveBlogId;
		this.text = text;
		this.bodyHtml = body.html();
		this.authorId = authorId;
		this.authorName = authorName;
		this.status = status;
		this.publishedAt = publishedAt;
		this.submissionToken = submissionToken;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * True when headline, body, image or link card differ from what is stored: a correction readers should be
	 * told of.
	 */
	boolean textDiffers(EntryText text) {
		return !Objects.equals(this.text.headline(), text.headline()) || !this.text.body().equals(text.body())
				|| !Objects.equals(this.text.image(), text.image()) || !Objects.equals(this.text.link(), text.link());
	}

	void rewrite(EntryText text, RenderedBody body, Instant now) {
		if (this.status == EntryStatus.PUBLISHED && textDiffers(text)) {
			this.editedAt = now;
		}
		this.text = text;
		this.bodyHtml = body.html();
		this.updatedAt = now;
	}

	void publish(Instant at, Instant now) {
		this.status = EntryStatus.PUBLISHED;
		this.publishedAt = at;
		this.updatedAt = now;
	}

	void schedule(Instant at, Instant now) {
		this.status = EntryStatus.SCHEDULED;
		this.publishedAt = at;
		this.updatedAt = now;
	}

	void keepAsDraft(Instant now) {
		this.status = EntryStatus.DRAFT;
		this.publishedAt = null;
		this.updatedAt = now;
	}

	void retract(String byName, String reason, Instant now) {
		this.status = EntryStatus.RETRACTED;
		this.pinned = false;
		this.retractedAt = now;
		this.retractedByName = byName;
		this.retractionReason = reason;
		this.updatedAt = now;
	}

	void setPinned(boolean pinned, Instant now) {
		this.pinned = pinned;
		this.updatedAt = now;
	}

	/** What the editor wrote, as a form holds it. */
	public EntryText text() {
		return this.text;
	}

	public Long getId() {
		return this.id;
	}

	public Long getLiveBlogId() {
		return this.liveBlogId;
	}

	public String getHeadline() {
		return this.text.headline();
	}

	public String getBodySource() {
		return this.text.body();
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	/** The account that wrote it, or {@code null} when the application did (imported, generated). */
	public Long getAuthorId() {
		return this.authorId;
	}

	/** Its headline, or its first words: what an editor recognises an entry by. */
	public String label() {
		if (getHeadline() != null && !getHeadline().isBlank()) {
			return getHeadline().strip();
		}
		String text = Jsoup.parse(this.bodyHtml).text().strip();
		if (text.length() <= LABEL_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', LABEL_LENGTH);
		return text.substring(0, (cut > LABEL_LENGTH / 2) ? cut : LABEL_LENGTH).strip() + "…";
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public EntryStatus getStatus() {
		return this.status;
	}

	public boolean isPublished() {
		return this.status == EntryStatus.PUBLISHED;
	}

	/**
	 * Whether readers ever had it: published now, or retracted once its publication time had come. A draft
	 * or a scheduled entry retracted before its time never was.
	 */
	public boolean wasPublic() {
		return isPublished() || (this.status == EntryStatus.RETRACTED && this.publishedAt != null
				&& !this.publishedAt.isAfter(this.retractedAt));
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public boolean isKeyEvent() {
		return this.text.keyEvent();
	}

	/** The image shown with the entry, or {@code null}. */
	public EntryImage getImage() {
		return this.text.image();
	}

	/** The link card shown with the entry, or {@code null}. */
	public LinkCard getLinkCard() {
		return this.text.link();
	}

	public boolean isPinned() {
		return this.pinned;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

	public Instant getRetractedAt() {
		return this.retractedAt;
	}

	public String getRetractedByName() {
		return this.retractedByName;
	}

	public String getRetractionReason() {
		return this.retractionReason;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * When its text was last changed: its last correction, or its publication if it has none. What feeds
	 * and structured data call its modification (pinning is no change of the entry's text).
	 */
	public Instant getTextChangedAt() {
		return (this.editedAt != null) ? this.editedAt : this.publishedAt;
	}

}
