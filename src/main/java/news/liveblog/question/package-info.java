/**
 * Readers' questions, moderated: the form on a live page (no account, a pseudonym at most), kept from abuse
 * without any third-party CAPTCHA (a rate limit per client address and per blog in PostgreSQL, a honeypot, a
 * minimum time to fill, duplicates folded), and the back office's queue where editors answer (a draft entry
 * quoting the question), dismiss or mark as spam. Readers only ever see a question in a published entry.
 */
package news.liveblog.question;
