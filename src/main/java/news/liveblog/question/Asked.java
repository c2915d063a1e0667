package news.liveblog.question;

import java.time.Duration;

/**
 * What became of a question a reader sent: taken (or, from a bot, seemingly taken), or refused with a
 * reason the reader is told in the blog's language.
 */
sealed interface Asked {

	record Taken() implements Asked {
	}

	/**
	 * @param reason a message key ({@code question.refused.*})
	 * @param field the field it is about ({@code text}, {@code askedBy}), or {@code null} for the whole form
	 * @param status the HTTP status it is answered with
	 * @param retryAfter how long to wait before sending again, or {@code null}
	 */
	record Refused(String reason, String field, int status, Duration retryAfter) implements Asked {

		Refused(String reason, String field, int status) {
			this(reason, field, status, null);
		}

	}

}
