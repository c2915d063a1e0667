package news.liveblog.feed;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import news.liveblog.blog.LiveBlogChangeCommitted;
import news.liveblog.feed.PublicPageCache.KnownBlog;
import news.liveblog.feed.PublicPageCache.RenderedPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache never serves a page as current once a later change of its blog is known, even when it
 * had forgotten the blog (as every reconnect of the notifications makes it) while the page was rendered.
 */
class PublicPageCacheTests {

	private final PublicPageCache cache = new PublicPageCache();

	@Test
	void aPageIsCurrentUntilItsBlogChanges() {
		KnownBlog blog = new KnownBlog(7, 3, null);
		this.cache.firstPage("summit", blog, () -> page(7, 3));
		assertThat(this.cache.current("summit")).isNotNull();

		this.cache.on(new LiveBlogChangeCommitted(7L, 4));

		assertThat(this.cache.current("summit")).isNull();
	}

	@Test
	void aPageRenderedAfterTheCacheForgotItsBlogStillAnswersToItsBlogsChanges() {
		KnownBlog learned = new KnownBlog(7, 3, null);
		this.cache.on(LiveBlogChangeCommitted.anyBlog());
		this.cache.firstPage("summit", learned, () -> page(7, 3));
		assertThat(this.cache.current("summit")).isNotNull();

		this.cache.on(new LiveBlogChangeCommitted(7L, 4));

		assertThat(this.cache.current("summit")).isNull();
	}

	@Test
	void changesOfOtherBlogsLeaveThePageAlone() {
		this.cache.firstPage("summit", new KnownBlog(7, 3, null), () -> page(7, 3));

		this.cache.on(new LiveBlogChangeCommitted(8L, 9));

		assertThat(this.cache.current("summit")).isNotNull();
	}

	private static RenderedPage page(long blogId, long seq) {
		return RenderedPage.of(blogId, seq, "<p>page</p>".getBytes(StandardCharsets.UTF_8), "en", 0);
	}

}
