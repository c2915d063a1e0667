package news.liveblog.feed;

import news.liveblog.blog.LiveBlog;

/**
 * Feed parameters that cannot go together, such as a cursor of one order with the other order: answered
 * with a 400 page that says why, in the blog's language.
 *
 * @see FeedController#feed
 */
class FeedRequestRejected extends RuntimeException {

	private final transient LiveBlog blog;

	/** @param messageKey the message that tells the reader what would work */
	FeedRequestRejected(LiveBlog blog, String messageKey) {
		super(messageKey, null, false, false);
		this.blog = blog;
	}

	LiveBlog blog() {
		return this.blog;
	}

}
