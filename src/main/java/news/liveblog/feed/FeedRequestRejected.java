package news.liveblog.feed;

/**
 * Feed parameters that cannot go together, such as a cursor of one order with the other order: answered
 * with a 400 page that says why, in the blog's language.
 *
 * @see FeedController#feed
 */
class FeedRequestRejected extends RuntimeException {

	private final String slug;

	/** @param messageKey the message that tells the reader what would work */
	FeedRequestRejected(String slug, String messageKey) {
		super(messageKey, null, false, false);
		this.slug = slug;
	}

	String slug() {
		return this.slug;
	}

}
