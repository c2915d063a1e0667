package news.liveblog.entry;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Embedded;
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

	/** What the editor had written in this version. */
	@Embedded
	private EntryText text;

	private String bodyHtml;

	private Instant validFrom;

	private Instant replacedAt;

	private String replacedBy;

	private String publicNote;

	protected EntryRevision() {
		// for JPA
	}

	/**
	 * @param validFrom since when readers saw the replaced version: its publication or the save that made it
	 */
	EntryRevision(Entry replaced, Instant validFrom, Instant replacedAt, String replacedBy, String publicNote) {
		this.entryId = replaced.getId();
		this.text = replaced.text();
		this.bodyHtml = replaced.getBodyHtml();
		this.validFrom = validFrom;
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

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	/** What the editor had written in this version: its headline, body, mark and media. */
	public EntryText text() {
		return this.text;
	}

	/** What the correction that replaced this version changed, given the version that replaced it. */
	public Set<EntryField> changesTo(EntryText next) {
		return EntryField.differing(text(), next);
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
