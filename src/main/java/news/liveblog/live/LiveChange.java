package news.liveblog.live;

/**
 * One numbered change of a blog's public content.
 *
 * @param seq its number in the blog's change sequence: the stream's event id
 * @param entryId the entry it is about, or {@code null} for a change to the blog itself
 */
record LiveChange(long liveBlogId, long seq, ChangeKind kind, Long entryId) {
}
