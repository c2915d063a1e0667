package news.liveblog.push;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/** A subscription (or its removal) refused, with what the reader's page says about it. */
class SubscriptionRefused extends RuntimeException {

	enum Reason {

		NOT_JSON(HttpStatus.BAD_REQUEST), INCOMPLETE(HttpStatus.BAD_REQUEST), ENDPOINT_TOO_LONG(HttpStatus.BAD_REQUEST),
		ENDPOINT_NOT_HTTPS(HttpStatus.BAD_REQUEST), ENDPOINT_NOT_PUBLIC(HttpStatus.BAD_REQUEST),
		ENDPOINT_UNKNOWN(HttpStatus.BAD_REQUEST), BAD_P256DH(HttpStatus.BAD_REQUEST), BAD_AUTH(HttpStatus.BAD_REQUEST),
		NO_BLOG(HttpStatus.NOT_FOUND), BLOG_NOT_LIVE(HttpStatus.CONFLICT), BLOG_FULL(HttpStatus.SERVICE_UNAVAILABLE),
		TOO_MANY(HttpStatus.TOO_MANY_REQUESTS);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		HttpStatus status() {
			return this.status;
		}

		String messageKey() {
			return "push.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	/** The blog's language when the blog is known: the page the reader is on speaks it. */
	private final Locale language;

	SubscriptionRefused(Reason reason, Locale language) {
		super(reason.name());
		this.reason = reason;
		this.language = language;
	}

	Reason reason() {
		return this.reason;
	}

	Locale language() {
		return this.language;
	}

}
