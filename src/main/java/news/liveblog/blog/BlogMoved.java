package news.liveblog.blog;

import news.liveblog.system.NotFoundException;

/**
 * A public address of a blog that has moved (its slug was changed in its settings): answered with a
 * permanent redirect to the same address under the blog's current slug, query string kept
 * (the feed's BlogMovedRedirect), so that every link ever shared keeps working. It is the blog's: the feed
 * and the live stream both answer a former slug with it.
 */
public class BlogMoved extends RuntimeException {

	private final String formerSlug;

	private final String slug;

	private BlogMoved(String formerSlug, String slug) {
		super("Moved from " + formerSlug + " to " + slug, null, false, false);
		this.formerSlug = formerSlug;
		this.slug = slug;
	}

	/**
	 * What to answer for a slug that is no public blog's: a redirect when a public blog had it before, the
	 * 404 page otherwise. Asked only once the slug is known to be no current one, so the pages that are
	 * there never pay for it.
	 */
	public static RuntimeException orNotFound(LiveBlogs liveBlogs, String slug) {
		return liveBlogs.findPublicMovedFrom(slug)
			.<RuntimeException>map((LiveBlog blog) -> new BlogMoved(slug, blog.getSlug()))
			.orElseGet(() -> new NotFoundException("No public live blog " + slug));
	}

	public String formerSlug() {
		return this.formerSlug;
	}

	public String slug() {
		return this.slug;
	}

}
