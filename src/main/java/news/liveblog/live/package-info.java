/**
 * Readers see each change the moment it commits: every public change takes the next number of its
 * blog's change sequence, PostgreSQL LISTEN/NOTIFY tells every instance, and each instance pushes it to
 * its open pages over server-sent events, replaying from the database after a reconnect.
 */
package news.liveblog.live;
