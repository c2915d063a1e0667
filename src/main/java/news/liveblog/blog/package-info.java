/**
 * Live blogs: one per covered event, with its slug, language, time zone, status and coverage times.
 * {@link news.liveblog.blog.LiveBlogs} is the API other modules read and open blogs through.
 */
package news.liveblog.blog;
