/**
 * The back office, live: every change to a blog's entries (drafts and submissions included) and settings
 * reaches every signed-in editor's open back-office pages, on every instance, as a short "this blog
 * changed" event, and their lists and figures refresh themselves; a contributor hears only of public
 * entries and of their own.
 */
package news.liveblog.desk;
