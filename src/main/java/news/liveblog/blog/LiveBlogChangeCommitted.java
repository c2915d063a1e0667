package news.liveblog.blog;

/**
 * A change to a blog's public content has committed, on this instance or another (as told by the
 * database): whatever was made from the blog's content before it is out of date.
 *
 * @param liveBlogId the blog, or {@code null} when changes may have been missed (after the notifications
 * were interrupted): then every blog's content is in doubt
 * @param seq the change's number in the blog's change sequence
 */
public record LiveBlogChangeCommitted(Long liveBlogId, long seq) {

	public static LiveBlogChangeCommitted anyBlog() {
		return new LiveBlogChangeCommitted(null, 0);
	}

	public boolean concerns(long blogId) {
		return this.liveBlogId == null || this.liveBlogId == blogId;
	}

}
