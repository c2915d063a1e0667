package news.liveblog.webhook;

import java.time.Instant;

/**
 * An endpoint as the back office lists it; its secret is never in it (shown once, when given).
 *
 * @param pauseNote the last answer when it was paused for failing ({@code HTTP 503}, or an error's code), or
 * {@code null} when an admin paused it
 * @param lastDeliveredAt its latest successful delivery, or {@code null}
 */
record WebhookEndpoint(long id, long liveBlogId, String url, String description, boolean paused, Instant pausedAt,
		String pauseNote, Instant failingSince, String createdBy, Instant createdAt, Instant lastDeliveredAt,
		int pending) {

}
