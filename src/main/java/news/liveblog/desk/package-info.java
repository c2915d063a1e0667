/**
 * The newsroom's desk, live: who else is working on a blog right now and which entry they have open, and
 * how many readers follow it; kept in PostgreSQL, so that every instance sees the same with no other server.
 */
package news.liveblog.desk;
