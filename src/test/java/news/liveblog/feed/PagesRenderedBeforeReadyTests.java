package news.liveblog.feed;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that has just started answers its first readers from memory: by the time it reports ready,
 * the pages of the blogs the front page lists first are rendered. A context of its own (the setting
 * differs), so that no other test has asked for a page before.
 */
@ServerTest
@TestPropertySource(properties = "liveblog.pages.blogs-rendered-before-ready=50")
class PagesRenderedBeforeReadyTests {

	@Autowired
	private PublicPageCache cache;

	@Autowired
	private LiveBlogs liveBlogs;

	@Test
	void theListedBlogsPagesAreInMemoryBeforeAnyReaderAsks() {
		// Whichever blogs the front page lists (the tests' own may outnumber the demo's): all of them, up to 50.
		List<String> listed = this.liveBlogs.publicListing().stream().map(LiveBlog::getSlug).limit(50).toList();

		assertThat(listed).isNotEmpty();
		assertThat(listed).allSatisfy((slug) -> assertThat(this.cache.current(slug)).as(slug).isNotNull());
	}

}
