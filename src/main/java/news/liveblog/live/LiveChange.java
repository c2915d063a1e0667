package news.liveblog.live;

import java.time.Instant;

/**
 * One numbered change of a blog's public content.
 *
 * @param seq its number in the blog's change sequence: the stream's event id
 * @param entryId the entry it is about, or {@code null} for a change to the blog itself
 * @param occurredAt when it was numbered, in its transaction just before the commit, by the clock of the
 * instance that made it
 */
record LiveChange(long liveBlogId, long seq, ChangeKind kind, Long entryId, Instant occurredAt) {
}
