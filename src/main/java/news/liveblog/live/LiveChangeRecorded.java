package news.liveblog.live;

import java.time.Instant;

/**
 * A public change has taken its number in the blog's change sequence. Published inside the change's
 * transaction (unlike {@link LiveBlogChangeCommitted}, which comes after the commit), so that a listener
 * writing what must follow the change, such as an outbox of deliveries, commits or rolls back with it.
 *
 * @param seq the change's number: what readers' streams and the JSON API call the blog's change number
 * @param event what the change was, as the live stream names it: {@code entry-published},
 * {@code entry-updated}, {@code entry-retracted} or {@code blog-updated}
 * @param entryId the entry changed, or {@code null} for a change to the blog itself
 */
public record LiveChangeRecorded(long liveBlogId, long seq, String event, Long entryId, Instant occurredAt) {

}
