/**
 * What readers see: the front page listing the live blogs, each blog's feed newest first with keyset
 * pages of older entries, and one page per entry.
 */
package news.liveblog.feed;
