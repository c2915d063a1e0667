package news.liveblog.entry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "entry")
public class Entry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The blog, by id: entries and blogs are separate modules, so no object reference crosses them. */
	private Long liveBlogId;

	private String headline;

	/** What the editor wrote, in Markdown. */
	private String bodySource;

	/** The source rendered and sanitised once, when written; safe to print as it is. */
	private String bodyHtml;

	private String authorName;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Entry() {
		// for JPA
	}

	Entry(long liveBlogId, String headline, String bodySource, String bodyHtml, String authorName,
			Instant publishedAt, Instant now) {
		this.liveBlogId = liveBlogId;
		this.headline = headline;
		this.bodySource = bodySource;
		this.bodyHtml = bodyHtml;
		this.authorName = authorName;
		this.status = EntryStatus.PUBLISHED;
		this.publishedAt = publishedAt;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getLiveBlogId() {
		return this.liveBlogId;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getBodySource() {
		return this.bodySource;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public EntryStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
