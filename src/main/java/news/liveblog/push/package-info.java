/**
 * Push alerts of key events: readers who ask are notified by their browser (Web Push, VAPID, RFC 8291
 * payloads) when a blog publishes a key event, from an outbox in PostgreSQL that never holds up publishing.
 */
package news.liveblog.push;
