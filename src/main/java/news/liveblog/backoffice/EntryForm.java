package news.liveblog.backoffice;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.FieldRules;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.entry.SocialPost;
import news.liveblog.entry.WebAddresses;
import news.liveblog.photo.StoredPhoto;
import news.liveblog.system.NoNul;

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

	/** Photos in one entry's gallery: a story told in pictures, still one entry readers scroll past. */
	static final int PHOTOS_MAX = 20;

	/** Room for a few sentences to a reporter: what to check, what to add. */
	static final int REVIEW_NOTE_MAX = 1_000;

	@NoNul
	private String headline;

	@NotBlank(message = "{entry.body.required}")
	@NoNul
	private String body;

	private boolean keyEvent;

	private boolean pin;

	/** The entry pinned when the composer was drawn, which pinning this one replaces; none if none was. */
	private Long pinReplacing;

	/** In the zone named by {@link #scheduledIn}, as a datetime-local input gives it. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime scheduledAt;

	/** The zone the page named beside the time field: the blog's, when the page was drawn. */
	private String scheduledIn;

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

	/** An editor's note to the author of a submission they send back. */
	@NoNul
	private String reviewNote;

	/**
	 * The optional image and link card, bound as {@code image.url}, {@code link.title}...: each says what it
	 * has and checks itself. Never {@code null}, so the composer's fields always have something to show.
	 */
	@Valid
	private EntryImage image = new EntryImage();

	@Valid
	private LinkCard link = new LinkCard();

	/**
	 * The gallery, bound as {@code photos[0].key}, {@code photos[0].alt}... in the order the composer's rows
	 * are in. An empty row (its fields all blank) is no photo. Never {@code null}.
	 */
	@Valid
	private List<EntryPhoto> photos = new ArrayList<>();
	/** The optional post or video from another site, bound as {@code post.url}, {@code post.author}... */
	@Valid
	private SocialPost post = new SocialPost();

	/**
	 * The reader's question the entry answers, never bound from the request (see
	 * {@link ComposerController#bindFieldsDirectly}): only the stored entry says what it quotes, as Answer made
	 * it on the server, so nobody in the back office can make up a reader's words. The form carries only
	 * {@link #removeQuestion}. {@code null} when none.
	 */
	private QuotedQuestion question;

	/** Ticked to quote no question any more: the entry then answers none. */
	private boolean removeQuestion;

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
		form.showMedia(entry.getImage(), entry.getLinkCard(), entry.getSocialPost());
		form.photos = new ArrayList<>(entry.getPhotos());
		form.showQuestion(entry.getQuestion());
		return form;
	}

	/** Holds the given text, mark and media instead of what was typed: a merge's result, on the conflict page. */
	void showText(EntryText text) {
		this.headline = text.headline();
		this.body = text.body();
		this.keyEvent = text.keyEvent();
		showMedia(text.image(), text.link(), text.post());
		this.photos = new ArrayList<>(text.photos());
		showQuestion(text.question());
	}

	private void showQuestion(QuotedQuestion question) {
		this.question = question;
		this.removeQuestion = false;
	}

	/**
	 * Quotes what the stored entry quotes, whatever the request said: called on every form sent for an
	 * existing entry. On the conflict page, a merge without the quote the entry still has keeps the removal
	 * ticked, so sending the merge removes it.
	 */
	void quoteAsStored(QuotedQuestion stored) {
		this.question = stored;
	}

	/** After {@link #showText}: the merge drops the quote the stored entry has, so the form asks to remove it. */
	void removeQuestionUnless(QuotedQuestion merged, QuotedQuestion stored) {
		this.question = stored;
		this.removeQuestion = stored != null && merged == null;
	}

	private void showMedia(EntryImage image, LinkCard link, SocialPost post) {
		this.image = (image != null) ? image : new EntryImage();
		this.link = (link != null) ? link : new LinkCard();
		this.post = (post != null) ? post : new SocialPost();
	}

	/** Only once the form has no errors: the entry refuses media that {@link #checkMedia} would. */
	EntryText text() {
		return new EntryText(this.headline, this.body, this.keyEvent, image(), link(), photos(), post(), question());
	}

	/** The question as the entry would quote it, or {@code null}: none, or removed. */
	QuotedQuestion question() {
		return (this.removeQuestion || this.question == null) ? null : this.question.orNull();
	}

	/** The gallery as readers would see it: the rows filled in, in the form's order. */
	List<EntryPhoto> photos() {
		return this.photos.stream().filter((photo) -> photo != null && photo.anyFilledIn()).toList();
	}

	/** The image as readers would see it, or {@code null} without an address. */
	EntryImage image() {
		return this.image.orNull();
	}

	/** The link card as readers would see it, or {@code null} without an address. */
	LinkCard link() {
		return this.link.orNull();
	}

	/** The post as readers would see it, or {@code null} without an address. */
	SocialPost post() {
		return this.post.orNull();
	}

	/**
	 * The rules of the image, link card and post that a field's own annotations cannot say, each checked by
	 * the value itself. One error per field at most, beside it.
	 * <p>
	 * A post's address on a site that is none of the supported networks is a page to link to: it moves into
	 * the link card (when that is still empty), whose title the editor is asked for beside it. Nothing typed
	 * is lost: the post's other fields stay where they were.
	 */
	void checkMedia(Errors errors) {
		boolean moved = moveOtherSitesToTheLinkCard();
		errors.pushNestedPath("image");
		this.image.check(errors);
		errors.popNestedPath();
		errors.pushNestedPath("link");
		if (moved) {
			// Instead of "give the title": why the address is here, and what it still needs.
			errors.rejectValue("title", "entry.postUrl.movedToLinkCard");
		}
		this.link.check(errors);
		errors.popNestedPath();
		errors.pushNestedPath("post");
		this.post.check(errors);
		errors.popNestedPath();
	}

	private boolean moveOtherSitesToTheLinkCard() {
		SocialPost typed = this.post;
		// A browser posts the empty link card's fields as "", not as no field: empty is free too.
		String linked = FieldRules.stripToNull(this.link.url());
		String address = FieldRules.stripToNull(typed.url());
		if (address == null || typed.site().isPresent() || !WebAddresses.isWeb(address)
				|| (linked != null && !linked.equals(address))) {
			return false;
		}
		this.link = new LinkCard(address, this.link.title(), this.link.siteName(), this.link.imageUrl());
		this.post = typed.withoutAddress();
		return this.link.title() == null;
	}

	/** This form with what the post's network said of it, where the editor left a field empty. */
	void fillInPost(String author, String text) {
		this.post = this.post.filledIn(author, text);
	}

	/**
	 * The gallery's rules, each beside its photo: texts as {@link EntryPhoto#check} says, a photo the server
	 * still has, at most {@link #PHOTOS_MAX}. Each photo found takes the stored photo's size and type,
	 * whatever the form said.
	 * @param stored the photo module's look-up ({@code Photos::find})
	 */
	void checkPhotos(Errors errors, Function<String, Optional<StoredPhoto>> stored) {
		if (photos().size() > PHOTOS_MAX) {
			errors.rejectValue("photos", "entry.photos.tooMany", new Object[] { PHOTOS_MAX }, null);
		}
		for (int i = 0; i < this.photos.size(); i++) {
			EntryPhoto photo = this.photos.get(i);
			if (photo == null || !photo.anyFilledIn()) {
				continue;
			}
			errors.pushNestedPath("photos[" + i + "]");
			photo.check(errors);
			Optional<StoredPhoto> found = (photo.key() != null) ? stored.apply(photo.key()) : Optional.empty();
			if (found.isPresent()) {
				this.photos.set(i, photo.sizedAs(found.get()));
			}
			else {
				FieldRules.reject(errors, "key", "entry.photo.gone");
			}
			errors.popNestedPath();
		}
	}

	/**
	 * Every text field against its limit. Nothing in the page cuts a text (no {@code maxlength}): one too
	 * long comes back whole with how much is over, counted as the composer's counter counts it, a line
	 * break as one character whichever way the browser sent it.
	 */
	void checkLengths(Errors errors) {
		FieldRules.checkLength(errors, "headline", this.headline, HEADLINE_MAX, "entry.headline.tooLong");
		FieldRules.checkLength(errors, "body", this.body, BODY_MAX, "entry.body.tooLong");
		FieldRules.checkLength(errors, "publicNote", this.publicNote, NOTE_MAX, "entry.note.tooLong");
		FieldRules.checkLength(errors, "reviewNote", this.reviewNote, REVIEW_NOTE_MAX, "entry.reviewNote.tooLong");
	}

	/** Sending a submission back takes a note that says why. */
	void checkReviewNote(Errors errors) {
		if (this.reviewNote == null || this.reviewNote.isBlank()) {
			FieldRules.reject(errors, "reviewNote", "entry.reviewNote.required");
		}
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

	public Long getPinReplacing() {
		return this.pinReplacing;
	}

	public void setPinReplacing(Long pinReplacing) {
		this.pinReplacing = pinReplacing;
	}

	public LocalDateTime getScheduledAt() {
		return this.scheduledAt;
	}

	public void setScheduledAt(LocalDateTime scheduledAt) {
		this.scheduledAt = scheduledAt;
	}

	public String getScheduledIn() {
		return this.scheduledIn;
	}

	public void setScheduledIn(String scheduledIn) {
		this.scheduledIn = scheduledIn;
	}

	/** The zone {@link #getScheduledAt()} is in: the one the editor read beside the field. */
	ZoneId scheduleZone(ZoneId blogZone) {
		return EventTimeZones.shownIn(this.scheduledIn, blogZone);
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

	public String getReviewNote() {
		return this.reviewNote;
	}

	public void setReviewNote(String reviewNote) {
		this.reviewNote = reviewNote;
	}

	public EntryImage getImage() {
		return this.image;
	}

	public LinkCard getLink() {
		return this.link;
	}

	public List<EntryPhoto> getPhotos() {
		return this.photos;
	}

	public SocialPost getPost() {
		return this.post;
	}

	public QuotedQuestion getQuestion() {
		return this.question;
	}

	public boolean isRemoveQuestion() {
		return this.removeQuestion;
	}

}
