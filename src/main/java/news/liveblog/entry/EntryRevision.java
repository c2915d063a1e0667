package news.liveblog.entry;

import java.time.Instant;
import java.util.Set;

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

	private boolean keyEvent;

	private String imageUrl;

	private String imageAlt;

	private String imageCaption;

	private String imageCredit;

	private Integer imageWidth;

	private Integer imageHeight;

	private String linkUrl;

	private String linkTitle;

	private String linkSiteName;

	private String linkImageUrl;

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
		EntryImage image = replaced.getImage();
		if (image != null) {
			this.imageUrl = image.url();
			this.imageAlt = image.alt();
			this.imageCaption = image.caption();
			this.imageCredit = image.credit();
			this.imageWidth = image.width();
			this.imageHeight = image.height();
		}
		LinkCard link = replaced.getLinkCard();
		if (link != null) {
			this.linkUrl = link.url();
			this.linkTitle = link.title();
			this.linkSiteName = link.siteName();
			this.linkImageUrl = link.imageUrl();
		}
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
		return new EntryText(this.headline, this.bodySource, this.keyEvent, getImage(), getLinkCard());
	}

	/** What the correction that replaced this version changed, given the version that replaced it. */
	public Set<EntryField> changesTo(EntryText next) {
		return EntryField.differing(text(), next);
	}

	/** The image this version had, or {@code null}. */
	public EntryImage getImage() {
		return (this.imageUrl != null) ? new EntryImage(this.imageUrl, this.imageAlt, this.imageCaption,
				this.imageCredit, this.imageWidth, this.imageHeight) : null;
	}

	/** The link card this version had, or {@code null}. */
	public LinkCard getLinkCard() {
		return (this.linkUrl != null) ? new LinkCard(this.linkUrl, this.linkTitle, this.linkSiteName,
				this.linkImageUrl) : null;
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
