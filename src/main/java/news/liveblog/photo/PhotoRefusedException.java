package news.liveblog.photo;

import org.springframework.http.HttpStatus;

/** An upload that is not a photo this site takes, with the reason the editor is told. */
public class PhotoRefusedException extends RuntimeException {

	/** Why, with the message (its key in messages*.properties) and the answer's status. */
	public enum Reason {

		/** No bytes at all: a file a phone had not finished writing, or one copied as its name only. */
		EMPTY("photo.refused.empty", HttpStatus.UNPROCESSABLE_CONTENT),

		/** Whatever its name said: no image reader knows the bytes (HTML, PDF, text, a program). */
		NOT_AN_IMAGE("photo.refused.not-an-image", HttpStatus.UNSUPPORTED_MEDIA_TYPE),

		/** SVG is a document that can hold scripts, not a photo. */
		SVG("photo.refused.svg", HttpStatus.UNSUPPORTED_MEDIA_TYPE),

		ANIMATED("photo.refused.animated", HttpStatus.UNPROCESSABLE_CONTENT),

		/** The file ended before its image did: an upload cut short, or a damaged file. */
		INCOMPLETE("photo.refused.incomplete", HttpStatus.UNPROCESSABLE_CONTENT),

		/** Markup or script hidden in the file (a polyglot). */
		MARKUP("photo.refused.markup", HttpStatus.UNPROCESSABLE_CONTENT),

		/** Declares more pixels than any photo has (a decompression bomb, or a poster scan). */
		TOO_MANY_PIXELS("photo.refused.too-many-pixels", HttpStatus.UNPROCESSABLE_CONTENT),

		TOO_LARGE("photo.refused.too-large", HttpStatus.CONTENT_TOO_LARGE),

		/** Sent without a Content-Length (chunked): its memory cannot be reserved before it is read. */
		LENGTH_REQUIRED("photo.refused.length-required", HttpStatus.LENGTH_REQUIRED);

		private final String messageKey;

		private final HttpStatus status;

		Reason(String messageKey, HttpStatus status) {
			this.messageKey = messageKey;
			this.status = status;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public HttpStatus status() {
			return this.status;
		}

	}

	private final Reason reason;

	/** The most pixels the file's format may declare, for {@link Reason#TOO_MANY_PIXELS}; else 0. */
	private final long maxPixels;

	PhotoRefusedException(Reason reason, String detail) {
		super(reason.name() + ": " + detail);
		this.reason = reason;
		this.maxPixels = 0;
	}

	private PhotoRefusedException(String detail, long maxPixels) {
		super(Reason.TOO_MANY_PIXELS.name() + ": " + detail + " over " + maxPixels);
		this.reason = Reason.TOO_MANY_PIXELS;
		this.maxPixels = maxPixels;
	}

	static PhotoRefusedException tooManyPixels(String detail, long maxPixels) {
		return new PhotoRefusedException(detail, maxPixels);
	}

	PhotoRefusedException(Reason reason, String detail, Throwable cause) {
		super(reason.name() + ": " + detail, cause);
		this.reason = reason;
		this.maxPixels = 0;
	}

	public Reason reason() {
		return this.reason;
	}

	long maxPixels() {
		return this.maxPixels;
	}

}
