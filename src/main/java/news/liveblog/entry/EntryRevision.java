package news.liveblog.entry;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;

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

	private boolean keyEvent;

	@Embedded
	@EmbeddedColumnNaming("image_%s")
	private EntryImage image;

	@Embedded
	@EmbeddedColumnNaming("link_%s")
	private LinkCard link;

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
		this.headline = replaced.getHeadline();
		this.bodySource = replaced.getBodySource();
		this.bodyHtml = replaced.getBodyHtml();
		this.keyEvent = replaced.isKeyEvent();
		this.image = replaced.getImage();
		this.link = replaced.getLinkCard();
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

	public String getHeadline() {
		return this.headline;
	}

	public String getBodySource() {
		return this.bodySource;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public boolean isKeyEvent() {
		return this.keyEvent;
	}

	/** What the editor had written in this version. */
	public EntryText text() {
		return new EntryText(this.headline, this.bodySource, this.keyEvent, this.image, this.link);
	}

	/** What the correction that replaced this version changed, given the version that replaced it. */
	public Set<EntryField> changesTo(EntryText next) {
		return EntryField.differing(text(), next);
	}

	/** The image this version had, or {@code null}. */
	public EntryImage getImage() {
		return this.image;
	}

	/** The link card this version had, or {@code null}. */
	public LinkCard getLinkCard() {
		return this.link;
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
