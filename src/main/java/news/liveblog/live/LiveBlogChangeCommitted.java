package news.liveblog.live;

/**
 * A change to a blog's public content has committed, on this instance or another (as told by the
 * database): whatever was made from the blog's content before it is out of date.
 *
 * @param liveBlogId the blog, or {@code null} when changes may have been missed (after the notifications
 * were interrupted): then every blog's content is in doubt
 * @param seq the change's number in the blog's change sequence
 * @param additive whether the change only adds (a newly published entry): what was made before it is
 * incomplete rather than wrong, unlike after a correction or a retraction
 */
public record LiveBlogChangeCommitted(Long liveBlogId, long seq, boolean additive) {

	public static LiveBlogChangeCommitted anyBlog() {
		return new LiveBlogChangeCommitted(null, 0, false);
	}

	public boolean concerns(long blogId) {
		return this.liveBlogId == null || this.liveBlogId == blogId;
	}

}
