package news.liveblog.system;

import org.eclipse.jetty.server.Handler;

/**
 * A Jetty handler that answers in front of the editors-first limit ({@link EditorsFirstHandler}): what it serves
 * itself takes no turn of the application's, so no turn of the limit's either (a feed page already in memory, written
 * on the selector thread as nginx writes a file; a live stream, which costs per event, not per request). The rest it
 * hands on, and the limit counts that. Without it, the limit in front of the feed's fast path cost a tenth of the
 * pages a second it serves in a spike (bench/feed-vs-nginx.sh with and without the limit, session 12).
 * <p>
 * Such a handler never blocks and hands on without a thread of its own only to a handler that says it does not block
 * either ({@link Handler#getInvocationType()}): the limit, which gives each request it lets in the thread it runs on.
 */
public interface AheadOfTheLimit extends Handler {

}
