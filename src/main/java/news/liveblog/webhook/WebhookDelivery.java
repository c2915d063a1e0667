package news.liveblog.webhook;

import java.time.Instant;

/**
 * A line of an endpoint's delivery log.
 *
 * @param change the blog's change number, or {@code null} for a test event
 * @param error the last failure's code when it was not an HTTP answer (TIMEOUT, UNREACHABLE, NOT_HTTPS...)
 */
record WebhookDelivery(long id, String messageId, Instant createdAt, String type, Long change, boolean delivered,
		int attempts, Integer lastStatusCode, String error, Instant lastAttemptAt, Instant nextAttemptAt,
		Instant deliveredAt) {

}
