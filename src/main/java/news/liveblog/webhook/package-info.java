/**
 * Webhooks: admins register endpoints per blog, and every public change is POSTed to each of them as JSON,
 * signed as the Standard Webhooks specification says, from an outbox in PostgreSQL written in the change's own
 * transaction: at least once, in change order per endpoint, retried with back-off, paused after a day of failures.
 */
package news.liveblog.webhook;
