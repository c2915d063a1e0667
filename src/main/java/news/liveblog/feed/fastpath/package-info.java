/**
 * The feed's fast path: a rendered feed page and the headers it is answered with, written by the
 * controller and, for pages already in memory, by Jetty itself ahead of the servlet layer.
 */
package news.liveblog.feed.fastpath;
