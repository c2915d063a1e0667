package news.liveblog.entry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of a published entry that readers saw before a correction replaced it.
 */
@Entity
@Table(name = "entry_revision")
public class EntryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long entryId;

	private String headline;

	private String bodySource;

	private String bodyHtml;

	private Instant validFrom;

	private Instant replacedAt;

	private String replacedBy;

	private String publicNote;

	protected EntryRevision() {
		// for JPA
	}

	EntryRevision(Entry replaced, Instant replacedAt, String replacedBy, String publicNote) {
		this.entryId = replaced.getId();
		this.headline = replaced.getHeadline();
		this.bodySource = replaced.getBodySource();
		this.bodyHtml = replaced.getBodyHtml();
		this.validFrom = replaced.currentTextSince();
		this.replacedAt = replacedAt;
		this.replacedBy = replacedBy;
		this.publicNote = publicNote;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEntryId() {
		return this.entryId;
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

	public Instant getValidFrom() {
		return this.validFrom;
	}

	public Instant getReplacedAt() {
		return this.replacedAt;
	}

	public String getReplacedBy() {
		return this.replacedBy;
	}

	public String getPublicNote() {
		return this.publicNote;
	}

}
