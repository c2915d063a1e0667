/**
 * Entries: the short, timestamped posts of a live blog, their Markdown source and sanitised HTML.
 * {@link news.liveblog.entry.Entries} publishes them and reads them back in feed order.
 */
package news.liveblog.entry;
