/**
 * The back office under {@code /admin}: the dashboard, each blog's composer and entry list, correcting,
 * pinning and retracting entries, and (for admins) opening and configuring blogs.
 */
package news.liveblog.backoffice;
