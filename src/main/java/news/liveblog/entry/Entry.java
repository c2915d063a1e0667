package news.liveblog.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import news.liveblog.account.Actor;

import org.hibernate.annotations.BatchSize;
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

	/**
	 * Everyone the byline names, in order, the writer first. Read with the entry (pages print them all), a
	 * page's worth of entries at a time.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_author", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<EntryAuthor> authors = new ArrayList<>();

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

	/** When it last went to the review queue, or {@code null} if it never did. */
	private Instant submittedAt;

	/** Why an editor sent it back to its author, until the author submits it again. */
	private String reviewNote;

	private String sentBackByName;

	private Instant sentBackAt;

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
		this.authors.add(new EntryAuthor(authorId, authorName));
		this.status = status;
		this.publishedAt = publishedAt;
		this.submissionToken = submissionToken;
		if (status == EntryStatus.SUBMITTED) {
			this.submittedAt = now;
		}
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * True when headline, body, image, link card, gallery, post or quoted question differ from what is stored: a correction
	 * readers should be told of.
	 */
	boolean textDiffers(EntryText text) {
		return !Objects.equals(this.text.headline(), text.headline()) || !this.text.body().equals(text.body())
				|| !Objects.equals(this.text.image(), text.image()) || !Objects.equals(this.text.link(), text.link())
				|| !this.text.photos().equals(text.photos()) || !Objects.equals(this.text.post(), text.post())
				|| !Objects.equals(this.text.question(), text.question());
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

	/** Into the review queue; an earlier editor's note is answered by this submission. */
	void submit(Instant now) {
		this.status = EntryStatus.SUBMITTED;
		this.publishedAt = null;
		this.submittedAt = now;
		this.reviewNote = null;
		this.sentBackByName = null;
		this.sentBackAt = null;
		this.updatedAt = now;
	}

	/** Back to its author as a draft, with the editor's note. */
	void sendBack(String byName, String note, Instant now) {
		keepAsDraft(now);
		this.reviewNote = note;
		this.sentBackByName = byName;
		this.sentBackAt = now;
	}

	/** Adds someone to the byline after those already on it, unless they are on it. */
	void addAuthor(Actor author) {
		if (author.editorId() != null && getAuthors().stream().noneMatch((named) -> named.is(author.editorId()))) {
			if (this.authors.isEmpty()) {
				// A row brought in by the database without its authors: its writer comes first all the same.
				this.authors.add(new EntryAuthor(this.authorId, this.authorName));
			}
			this.authors.add(new EntryAuthor(author.editorId(), author.name()));
		}
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


	/** Its headline, or its first words: what an editor recognises an entry by. */
	public String label() {
		if (getHeadline() != null && !getHeadline().isBlank()) {
			return getHeadline().strip();
		}
		return excerpt(LABEL_LENGTH);
	}

	/** The start of its text as readers read it, at most {@code length} characters, cut at a word if one is near. */
	public String excerpt(int length) {
		String text = Jsoup.parse(this.bodyHtml).text().strip();
		if (text.isEmpty() && getQuestion() != null) {
			// An answer not written yet: the reader's question it quotes says what it is about.
			text = getQuestion().text();
		}
		if (text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length);
		return text.substring(0, (cut > length / 2) ? cut : length).strip() + "…";
	}

	/** Who wrote it first: the byline's first name, and the only one old API clients read. */
	public String getAuthorName() {
		return this.authorName;
	}

	/** The account that wrote it, or {@code null} for an entry the application wrote. */
	public Long getAuthorId() {
		return this.authorId;
	}

	/** Whether that account wrote it. */
	public boolean isWrittenBy(Long editorId) {
		return this.authorId != null && this.authorId.equals(editorId);
	}

	/**
	 * Everyone the byline names, in order: the writer first. An entry brought in by the database without its
	 * author rows (generated test blogs) names its writer alone.
	 */
	public List<EntryAuthor> getAuthors() {
		return this.authors.isEmpty() ? List.of(new EntryAuthor(this.authorId, this.authorName))
				: List.copyOf(this.authors);
	}

	/** The byline's names, in order. */
	public List<String> getAuthorNames() {
		return getAuthors().stream().map(EntryAuthor::name).toList();
	}

	/** Everyone the byline names, as pages print it. */
	public Byline getByline() {
		return new Byline(getAuthorNames());
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	/** The note an editor sent the entry back with, or {@code null}. */
	public String getReviewNote() {
		return this.reviewNote;
	}

	public String getSentBackByName() {
		return this.sentBackByName;
	}

	public Instant getSentBackAt() {
		return this.sentBackAt;
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

	/** Whether this person may know it exists ({@link EntryVisibility}, the one rule). */
	public boolean mayBeKnownBy(long editorId, boolean contributor) {
		return EntryVisibility.mayKnowOf(this, editorId, contributor);
	}

	/** Whether this person may open its edit page and save it ({@link EntryVisibility}, the one rule). */
	public boolean mayBeOpenedBy(long editorId, boolean contributor) {
		return EntryVisibility.mayOpen(this, editorId, contributor);
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

	/** The entry's gallery, in the editor's order; empty when it has none. */
	public List<EntryPhoto> getPhotos() {
		return this.text.photos();
	}

	/** The link card shown with the entry, or {@code null}. */
	public LinkCard getLinkCard() {
		return this.text.link();
	}

	/** The post or video from another site shown with the entry, or {@code null}. */
	/** The reader's question it answers, or {@code null}. */
	public QuotedQuestion getQuestion() {
		return this.text.question();
	}

	public SocialPost getSocialPost() {
		return this.text.post();
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
