package news.liveblog.backoffice;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.WebAddresses;
import news.liveblog.system.NoNul;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The composer's and the correction page's form. Never the entity: what an editor typed survives any
 * error untouched, and nothing binds to fields they should not set.
 */
class EntryForm {

	static final int BODY_MAX = 20_000;

	static final int HEADLINE_MAX = 200;

	static final int NOTE_MAX = 300;

	static final int IMAGE_TEXT_MAX = 300;

	static final int CREDIT_MAX = 100;

	static final int LINK_TITLE_MAX = 200;

	static final int SITE_NAME_MAX = 100;

	/** Pixels; larger than any photo a page shows, small enough to catch a typo. */
	static final int IMAGE_SIDE_MAX = 10_000;

	@NoNul
	private String headline;

	@NotBlank(message = "{entry.body.required}")
	@NoNul
	private String body;

	private boolean keyEvent;

	private boolean pin;

	/** In the blog's time zone, as a datetime-local input gives it. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime scheduledAt;

	/** One per composer form: a form sent twice makes one entry. */
	private UUID submissionToken;

	/**
	 * Ticked by an editor told that they published this very text a moment ago, to publish it once more on
	 * purpose.
	 */
	private boolean publishAgain;

	/** The version of the entry the editor started correcting from. */
	private Long version;

	@NoNul
	private String publicNote;

	// The optional image and link card. Each address is checked in checkMedia, with the rules that span fields.

	@NoNul
	private String imageUrl;

	@NoNul
	private String imageAlt;

	@NoNul
	private String imageCaption;

	@NoNul
	private String imageCredit;

	@Min(value = 1, message = "{entry.imageSize.range}")
	@Max(value = IMAGE_SIDE_MAX, message = "{entry.imageSize.range}")
	private Integer imageWidth;

	@Min(value = 1, message = "{entry.imageSize.range}")
	@Max(value = IMAGE_SIDE_MAX, message = "{entry.imageSize.range}")
	private Integer imageHeight;

	@NoNul
	private String linkUrl;

	@NoNul
	private String linkTitle;

	@NoNul
	private String linkSiteName;

	@NoNul
	private String linkImageUrl;

	static EntryForm empty() {
		EntryForm form = new EntryForm();
		form.submissionToken = UUID.randomUUID();
		return form;
	}

	static EntryForm of(Entry entry) {
		EntryForm form = new EntryForm();
		form.headline = entry.getHeadline();
		form.body = entry.getBodySource();
		form.keyEvent = entry.isKeyEvent();
		form.pin = entry.isPinned();
		form.version = entry.getVersion();
		EntryImage image = entry.getImage();
		if (image != null) {
			form.imageUrl = image.url();
			form.imageAlt = image.alt();
			form.imageCaption = image.caption();
			form.imageCredit = image.credit();
			form.imageWidth = image.width();
			form.imageHeight = image.height();
		}
		LinkCard link = entry.getLinkCard();
		if (link != null) {
			form.linkUrl = link.url();
			form.linkTitle = link.title();
			form.linkSiteName = link.siteName();
			form.linkImageUrl = link.imageUrl();
		}
		return form;
	}

	/** Holds the given text, mark and media instead of what was typed: a merge's result, on the conflict page. */
	void showText(EntryText text) {
		this.headline = text.headline();
		this.body = text.body();
		this.keyEvent = text.keyEvent();
		EntryImage image = text.image();
		this.imageUrl = (image != null) ? image.url() : null;
		this.imageAlt = (image != null) ? image.alt() : null;
		this.imageCaption = (image != null) ? image.caption() : null;
		this.imageCredit = (image != null) ? image.credit() : null;
		this.imageWidth = (image != null) ? image.width() : null;
		this.imageHeight = (image != null) ? image.height() : null;
		LinkCard link = text.link();
		this.linkUrl = (link != null) ? link.url() : null;
		this.linkTitle = (link != null) ? link.title() : null;
		this.linkSiteName = (link != null) ? link.siteName() : null;
		this.linkImageUrl = (link != null) ? link.imageUrl() : null;
	}

	/** Only once the form has no errors: the entry refuses media that {@link #checkMedia} would. */
	EntryText text() {
		return new EntryText(this.headline, this.body, this.keyEvent, image(), link());
	}

	/** The image as readers would see it, or {@code null} without an address. */
	EntryImage image() {
		return isBlank(this.imageUrl) ? null : new EntryImage(this.imageUrl, this.imageAlt, this.imageCaption,
				this.imageCredit, this.imageWidth, this.imageHeight);
	}

	/** The link card as readers would see it, or {@code null} without an address. */
	LinkCard link() {
		return isBlank(this.linkUrl) ? null
				: new LinkCard(this.linkUrl, this.linkTitle, this.linkSiteName, this.linkImageUrl);
	}

	/**
	 * The rules of the image and link card that a field's own annotations cannot say: a safe address, the
	 * alternative text and title they need, both sides of a size. One error per field at most, beside it.
	 */
	void checkMedia(Errors errors) {
		if (isBlank(this.imageUrl)) {
			if (imageGiven()) {
				reject(errors, "imageUrl", "entry.imageUrl.required");
			}
		}
		else {
			if (!WebAddresses.isHttps(this.imageUrl.strip())) {
				reject(errors, "imageUrl", "entry.imageUrl.unsafe");
			}
			if (isBlank(this.imageAlt)) {
				reject(errors, "imageAlt", "entry.imageAlt.required");
			}
			if (this.imageWidth == null && this.imageHeight != null) {
				reject(errors, "imageWidth", "entry.imageSize.both");
			}
			if (this.imageHeight == null && this.imageWidth != null) {
				reject(errors, "imageHeight", "entry.imageSize.both");
			}
		}
		if (isBlank(this.linkUrl)) {
			if (linkGiven()) {
				reject(errors, "linkUrl", "entry.linkUrl.required");
			}
		}
		else {
			if (!WebAddresses.isWeb(this.linkUrl.strip())) {
				reject(errors, "linkUrl", "entry.linkUrl.unsafe");
			}
			if (isBlank(this.linkTitle)) {
				reject(errors, "linkTitle", "entry.linkTitle.required");
			}
			if (!isBlank(this.linkImageUrl) && !WebAddresses.isHttps(this.linkImageUrl.strip())) {
				reject(errors, "linkImageUrl", "entry.linkImageUrl.unsafe");
			}
		}
	}

	/**
	 * Every text field against its limit. Nothing in the page cuts a text (no {@code maxlength}): one too
	 * long comes back whole with how much is over, counted as the composer's counter counts it, a line
	 * break as one character whichever way the browser sent it.
	 */
	void checkLengths(Errors errors) {
		checkLength(errors, "headline", this.headline, HEADLINE_MAX, "entry.headline.tooLong");
		checkLength(errors, "body", this.body, BODY_MAX, "entry.body.tooLong");
		checkLength(errors, "publicNote", this.publicNote, NOTE_MAX, "entry.note.tooLong");
		checkLength(errors, "imageUrl", this.imageUrl, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
		checkLength(errors, "imageAlt", this.imageAlt, IMAGE_TEXT_MAX, "entry.imageAlt.tooLong");
		checkLength(errors, "imageCaption", this.imageCaption, IMAGE_TEXT_MAX, "entry.imageCaption.tooLong");
		checkLength(errors, "imageCredit", this.imageCredit, CREDIT_MAX, "entry.imageCredit.tooLong");
		checkLength(errors, "linkUrl", this.linkUrl, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
		checkLength(errors, "linkTitle", this.linkTitle, LINK_TITLE_MAX, "entry.linkTitle.tooLong");
		checkLength(errors, "linkSiteName", this.linkSiteName, SITE_NAME_MAX, "entry.linkSiteName.tooLong");
		checkLength(errors, "linkImageUrl", this.linkImageUrl, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
	}

	/** A text's length as the editor sees it: browsers send each line break as CR LF, counters count one. */
	static int length(String text) {
		return text.replace("\r\n", "\n").length();
	}

	private static void checkLength(Errors errors, String field, String value, int max, String limitCode) {
		if (value == null) {
			return;
		}
		int over = length(value) - max;
		if (over > 0 && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "entry.tooLongBy",
					new Object[] { new DefaultMessageSourceResolvable(limitCode), over }, null);
		}
	}

	/** Whether any image field is filled in: the composer then shows them open. */
	public boolean imageGiven() {
		return !isBlank(this.imageUrl) || !isBlank(this.imageAlt) || !isBlank(this.imageCaption)
				|| !isBlank(this.imageCredit) || this.imageWidth != null || this.imageHeight != null;
	}

	/** Whether any link card field is filled in. */
	public boolean linkGiven() {
		return !isBlank(this.linkUrl) || !isBlank(this.linkTitle) || !isBlank(this.linkSiteName)
				|| !isBlank(this.linkImageUrl);
	}

	/** A field already wrong for one reason is not told a second. */
	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public boolean isKeyEvent() {
		return this.keyEvent;
	}

	public void setKeyEvent(boolean keyEvent) {
		this.keyEvent = keyEvent;
	}

	public boolean isPin() {
		return this.pin;
	}

	public void setPin(boolean pin) {
		this.pin = pin;
	}

	public LocalDateTime getScheduledAt() {
		return this.scheduledAt;
	}

	public void setScheduledAt(LocalDateTime scheduledAt) {
		this.scheduledAt = scheduledAt;
	}

	public UUID getSubmissionToken() {
		return this.submissionToken;
	}

	public void setSubmissionToken(UUID submissionToken) {
		this.submissionToken = submissionToken;
	}

	public boolean isPublishAgain() {
		return this.publishAgain;
	}

	public void setPublishAgain(boolean publishAgain) {
		this.publishAgain = publishAgain;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getPublicNote() {
		return this.publicNote;
	}

	public void setPublicNote(String publicNote) {
		this.publicNote = publicNote;
	}

	public String getImageUrl() {
		return this.imageUrl;
	}

	public void setImageUrl(String imageUrl) {
		this.imageUrl = imageUrl;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public void setImageAlt(String imageAlt) {
		this.imageAlt = imageAlt;
	}

	public String getImageCaption() {
		return this.imageCaption;
	}

	public void setImageCaption(String imageCaption) {
		this.imageCaption = imageCaption;
	}

	public String getImageCredit() {
		return this.imageCredit;
	}

	public void setImageCredit(String imageCredit) {
		this.imageCredit = imageCredit;
	}

	public Integer getImageWidth() {
		return this.imageWidth;
	}

	public void setImageWidth(Integer imageWidth) {
		this.imageWidth = imageWidth;
	}

	public Integer getImageHeight() {
		return this.imageHeight;
	}

	public void setImageHeight(Integer imageHeight) {
		this.imageHeight = imageHeight;
	}

	public String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public String getLinkTitle() {
		return this.linkTitle;
	}

	public void setLinkTitle(String linkTitle) {
		this.linkTitle = linkTitle;
	}

	public String getLinkSiteName() {
		return this.linkSiteName;
	}

	public void setLinkSiteName(String linkSiteName) {
		this.linkSiteName = linkSiteName;
	}

	public String getLinkImageUrl() {
		return this.linkImageUrl;
	}

	public void setLinkImageUrl(String linkImageUrl) {
		this.linkImageUrl = linkImageUrl;
	}

}
