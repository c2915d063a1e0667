package news.liveblog.entry;

/** How many submissions wait in a blog's review queue. */
public record ReviewQueueLength(long liveBlogId, long waiting) {
}
