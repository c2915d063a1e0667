/**
 * What readers see: the front page listing the live blogs, each blog's feed newest first with its key
 * events and keyset pages of older entries, and one page per entry with the updates beside it; and what
 * other programs read: the Atom feed, the JSON API of a blog's entries, the sitemap and robots.txt.
 */
package news.liveblog.feed;
