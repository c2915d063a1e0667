package news.liveblog.backoffice;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The composer's and the correction page's form. Never the entity: what an editor typed survives any
 * error untouched, and nothing binds to fields they should not set.
 */
class EntryForm {

	static final int BODY_MAX = 20_000;

	static final int HEADLINE_MAX = 200;

	static final int NOTE_MAX = 300;

	/** PostgreSQL text cannot hold NUL, and no editor means to type one. */
	private static final String NO_NUL = "[^\\x00]*";

	@Size(max = HEADLINE_MAX, message = "{entry.headline.tooLong}")
	@Pattern(regexp = NO_NUL, message = "{text.nul}")
	private String headline;

	@NotBlank(message = "{entry.body.required}")
	@Size(max = BODY_MAX, message = "{entry.body.tooLong}")
	@Pattern(regexp = NO_NUL, message = "{text.nul}")
	private String body;

	private boolean keyEvent;

	private boolean pin;

	/** In the blog's time zone, as a datetime-local input gives it. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime scheduledAt;

	/** One per composer form: a form sent twice makes one entry. */
	private UUID submissionToken;

	/** The version of the entry the editor started correcting from. */
	private Long version;

	@Size(max = NOTE_MAX, message = "{entry.note.tooLong}")
	@Pattern(regexp = NO_NUL, message = "{text.nul}")
	private String publicNote;

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
		return form;
	}

	EntryText text() {
		return new EntryText(this.headline, this.body, this.keyEvent);
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

}
