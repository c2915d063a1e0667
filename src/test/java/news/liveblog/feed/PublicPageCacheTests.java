package news.liveblog.feed;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import news.liveblog.feed.PublicPageCache.KnownBlog;
import news.liveblog.feed.fastpath.PageVariant;
import news.liveblog.feed.fastpath.RenderedPage;
import news.liveblog.live.LiveBlogChangeCommitted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache never serves a page as current once a later change of its blog is known, even when it
 * had forgotten the blog (as every reconnect of the notifications makes it) while the page was rendered;
 * only while the page renders after new entries may the page before them be served.
 */
class PublicPageCacheTests {

	private final PublicPageCache cache = new PublicPageCache();

	@Test
	void aPageIsCurrentUntilItsBlogChanges() {
		KnownBlog blog = new KnownBlog(7, 3, null);
		this.cache.firstPage("summit", blog, () -> page(7, 3));
		assertThat(this.cache.current("summit")).isNotNull();

		this.cache.on(new LiveBlogChangeCommitted(7L, 4, false));

		assertThat(this.cache.current("summit")).isNull();
	}

	@Test
	void aPageRenderedAfterTheCacheForgotItsBlogStillAnswersToItsBlogsChanges() {
		KnownBlog learned = new KnownBlog(7, 3, null);
		this.cache.on(LiveBlogChangeCommitted.anyBlog());
		this.cache.firstPage("summit", learned, () -> page(7, 3));
		assertThat(this.cache.current("summit")).isNotNull();

		this.cache.on(new LiveBlogChangeCommitted(7L, 4, false));

		assertThat(this.cache.current("summit")).isNull();
	}

	@Test
	void changesOfOtherBlogsLeaveThePageAlone() {
		this.cache.firstPage("summit", new KnownBlog(7, 3, null), () -> page(7, 3));

		this.cache.on(new LiveBlogChangeCommitted(8L, 9, false));

		assertThat(this.cache.current("summit")).isNotNull();
	}

	@Test
	void whileThePageRendersAfterANewEntryThePageBeforeItIsServed() throws Exception {
		this.cache.firstPage("summit", new KnownBlog(7, 3, null), () -> page(7, 3));
		this.cache.on(new LiveBlogChangeCommitted(7L, 4, true));
		assertThat(this.cache.current("summit")).as("nobody renders yet: go and render").isNull();
		assertThat(this.cache.current("summit")).as("someone went to render: the page before, at once")
			.extracting(RenderedPage::seq)
			.isEqualTo(3L);

		try (Rendering rendering = new Rendering(this.cache, "summit", 7, 4)) {
			rendering.started.await();
			assertThat(this.cache.current("summit")).extracting(RenderedPage::seq).isEqualTo(3L);
		}
		assertThat(this.cache.current("summit")).extracting(RenderedPage::seq).isEqualTo(4L);
	}

	@Test
	void afterARetractionOrACorrectionThePageBeforeIsNeverServed() throws Exception {
		this.cache.firstPage("summit", new KnownBlog(7, 3, null), () -> page(7, 3));
		this.cache.on(new LiveBlogChangeCommitted(7L, 4, true));
		this.cache.on(new LiveBlogChangeCommitted(7L, 5, false));

		try (Rendering rendering = new Rendering(this.cache, "summit", 7, 5)) {
			rendering.started.await();
			assertThat(this.cache.current("summit")).isNull();
		}
		assertThat(this.cache.current("summit")).extracting(RenderedPage::seq).isEqualTo(5L);
	}

	@Test
	void theEmbedIsTheBlogsSecondPageKeptApartAndChangedWithTheFeed() {
		KnownBlog blog = new KnownBlog(7, 3, null);
		this.cache.firstPage("summit", blog, () -> page(7, 3));
		this.cache.firstPage("summit", PageVariant.EMBED, blog,
				() -> RenderedPage.of(PageVariant.EMBED, 7, 3, "<p>embed</p>".getBytes(StandardCharsets.UTF_8), "en", 0));
		assertThat(this.cache.current("summit", PageVariant.EMBED)).extracting(RenderedPage::variant)
			.isEqualTo(PageVariant.EMBED);
		assertThat(this.cache.current("summit")).extracting(RenderedPage::variant).isEqualTo(PageVariant.FEED);

		this.cache.on(new LiveBlogChangeCommitted(7L, 4, false));

		assertThat(this.cache.current("summit")).isNull();
		assertThat(this.cache.current("summit", PageVariant.EMBED)).isNull();
	}

	@Test
	void whileTheEmbedRendersTheFirstTimeTheFeedsPageBeforeIsNeverServedForIt() {
		this.cache.firstPage("summit", new KnownBlog(7, 3, null), () -> page(7, 3));
		this.cache.on(new LiveBlogChangeCommitted(7L, 4, true));
		KnownBlog known = this.cache.known("summit").orElseThrow();
		assertThat(known.previous()).as("the feed may serve its page before meanwhile").isNotNull();
		RenderedPage[] servedMeanwhile = new RenderedPage[1];

		this.cache.firstPage("summit", PageVariant.EMBED, known, () -> {
			servedMeanwhile[0] = this.cache.current("summit", PageVariant.EMBED);
			return RenderedPage.of(PageVariant.EMBED, 7, 4, "<p>embed</p>".getBytes(StandardCharsets.UTF_8), "en", 0);
		});

		assertThat(servedMeanwhile[0]).isNull();
		assertThat(this.cache.current("summit", PageVariant.EMBED)).extracting(RenderedPage::variant, RenderedPage::seq)
			.containsExactly(PageVariant.EMBED, 4L);
	}

	/** A render on another thread, held until closed. */
	private static final class Rendering implements AutoCloseable {

		final CountDownLatch started = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		private final Thread thread;

		Rendering(PublicPageCache cache, String slug, long blogId, long seq) {
			this.thread = Thread.ofVirtual().start(() -> cache.firstPage(slug, new KnownBlog(blogId, seq, null), () -> {
				this.started.countDown();
				try {
					this.release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return page(blogId, seq);
			}));
		}

		@Override
		public void close() throws InterruptedException {
			this.release.countDown();
			this.thread.join();
		}

	}

	private static RenderedPage page(long blogId, long seq) {
		return RenderedPage.of(blogId, seq, "<p>page</p>".getBytes(StandardCharsets.UTF_8), "en", 0);
	}

}
