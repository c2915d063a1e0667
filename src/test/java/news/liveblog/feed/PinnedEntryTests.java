package news.liveblog.feed;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static news.liveblog.Newsroom.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pinned entry shows above the feed, under a "Pinned" heading, and stays at its own place in the
 * timeline, so readers following the story in time do not miss it.
 */
@ApplicationTest
class PinnedEntryTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void thePinnedEntryShowsAboveTheFeedMarkedAsPinnedAndAtItsPlaceInTheTimeline() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry first = this.newsroom.publish(blog, "First.", MORNING);
		Entry pinned = this.newsroom.publish(blog, "How to follow the day.", MORNING.plusSeconds(60));
		Entry latest = this.newsroom.publish(blog, "Latest.", MORNING.plusSeconds(120));
		this.newsroom.pin(blog, pinned);

		Document page = feed(blog);

		Element pinnedSection = page.selectFirst(".feed-pinned");
		assertThat(pinnedSection).as("above the feed").isNotNull();
		assertThat(pinnedSection.selectFirst("h2").text()).isEqualTo("Pinned");
		assertThat(pinnedSection.select("article.entry")).singleElement().satisfies((copy) -> {
			assertThat(copy.id()).isEqualTo("pinned-entry-" + pinned.getId());
			assertThat(copy.selectFirst(".entry-body").text()).isEqualTo("How to follow the day.");
		});
		List<Element> inDocumentOrder = page.getAllElements();
		assertThat(inDocumentOrder.indexOf(pinnedSection)).as("above the timeline")
			.isLessThan(inDocumentOrder.indexOf(page.selectFirst(".feed-entries")));
		List<String> timeline = page.select(".feed-entries article.entry").eachAttr("id");
		assertThat(timeline).containsExactly("entry-" + latest.getId(), "entry-" + pinned.getId(),
				"entry-" + first.getId());
	}

	@Test
	void unpinnedTheEntryIsOnlyInTheTimeline() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Pinned for a while.", MORNING);
		this.newsroom.pin(blog, entry);
		this.newsroom.unpin(blog, entry);

		Document page = feed(blog);

		assertThat(page.select(".feed-pinned")).isEmpty();
		assertThat(page.select(".feed-entries article.entry").eachAttr("id")).containsExactly("entry-" + entry.getId());
	}

	private Document feed(LiveBlog blog) {
		var result = this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
