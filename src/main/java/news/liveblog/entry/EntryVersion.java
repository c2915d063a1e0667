package news.liveblog.entry;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of an entry as an editor saved it, whatever its status, with who saved it and when: the base
 * a later correction's merge starts from. Readers' history is {@link EntryRevision}.
 */
@Entity
@Table(name = "entry_version")
class EntryVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long entryId;

	/** The entry row's version once saved; it holds until the entry's next version here. */
	private long version;

	/** What the editor had written in this version. */
	@Embedded
	private EntryText text;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	private Instant scheduledFor;

	private String savedBy;

	private Instant savedAt;

	protected EntryVersion() {
		// for JPA
	}

	/** The entry as it is once flushed, so its row version is the saved one. */
	EntryVersion(Entry saved, String savedBy, Instant savedAt) {
		this.entryId = saved.getId();
		this.version = saved.getVersion();
		this.text = saved.text();
		this.status = saved.getStatus();
		this.scheduledFor = (saved.getStatus() == EntryStatus.SCHEDULED) ? saved.getPublishedAt() : null;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	EntryContent content() {
		return new EntryContent(this.text,
				new Publication(this.status, this.scheduledFor));
	}

	long getVersion() {
		return this.version;
	}

	String getSavedBy() {
		return this.savedBy;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

}
