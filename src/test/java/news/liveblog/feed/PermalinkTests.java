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
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static news.liveblog.Newsroom.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's own page, where a shared link lands: the entry, and the published updates just before and
 * after it, so the reader can read on either way.
 */
@ApplicationTest
class PermalinkTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void anEntrysPageLinksToThePreviousAndNextPublishedUpdates() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry before = this.newsroom.write(blog, new EntryText("Polls open", "Voting has begun.", false),
				Publication.publishedAt(MORNING));
		Entry retracted = this.newsroom.publish(blog, "A rumour.", MORNING.plusSeconds(30));
		this.newsroom.retract(blog, retracted, "Unfounded");
		Entry shown = this.newsroom.publish(blog, "Turnout is high.", MORNING.plusSeconds(60));
		Entry after = this.newsroom.publish(blog, "First results are in. Counting goes on.",
				MORNING.plusSeconds(120));
		this.newsroom.publish(blog, "Much later.", MORNING.plusSeconds(600));

		Document page = permalink(blog, shown);

		assertThat(page.select("article.entry")).singleElement()
			.satisfies((article) -> assertThat(article.id()).isEqualTo("entry-" + shown.getId()));
		Element previous = page.selectFirst(".entry-neighbours a[rel=prev]");
		assertThat(previous.attr("href")).as("the retracted one is skipped")
			.isEqualTo("/live/" + blog.getSlug() + "/entries/" + before.getId());
		assertThat(previous.selectFirst(".entry-neighbour-label").text()).isEqualTo("Previous update");
		assertThat(previous.selectFirst(".entry-neighbour-title").text()).isEqualTo("Polls open");
		Element next = page.selectFirst(".entry-neighbours a[rel=next]");
		assertThat(next.attr("href")).isEqualTo("/live/" + blog.getSlug() + "/entries/" + after.getId());
		assertThat(next.selectFirst(".entry-neighbour-label").text()).isEqualTo("Next update");
		assertThat(next.selectFirst(".entry-neighbour-title").text()).isEqualTo("First results are in.");
		assertThat(next.selectFirst("time").attr("datetime")).isEqualTo("2026-03-02T08:02:00Z");
	}

	@Test
	void theFirstAndTheNewestEntryHaveANeighbourOnOneSideOnly() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry first = this.newsroom.publish(blog, "First.", MORNING);
		Entry newest = this.newsroom.publish(blog, "Newest.", MORNING.plusSeconds(60));

		Document firstPage = permalink(blog, first);
		assertThat(firstPage.select(".entry-neighbours a[rel=prev]")).isEmpty();
		assertThat(firstPage.selectFirst(".entry-neighbours a[rel=next]").attr("href")).endsWith("/" + newest.getId());

		Document newestPage = permalink(blog, newest);
		assertThat(newestPage.select(".entry-neighbours a[rel=next]")).isEmpty();
		assertThat(newestPage.selectFirst(".entry-neighbours a[rel=prev]").attr("href")).endsWith("/" + first.getId());
	}

	@Test
	void entriesPublishedAtTheSameTimeFollowTheFeedsOrder() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry one = this.newsroom.publish(blog, "One.", MORNING);
		Entry two = this.newsroom.publish(blog, "Two.", MORNING);
		Entry three = this.newsroom.publish(blog, "Three.", MORNING);

		Document page = permalink(blog, two);

		assertThat(page.selectFirst("a[rel=prev]").attr("href")).endsWith("/" + one.getId());
		assertThat(page.selectFirst("a[rel=next]").attr("href")).endsWith("/" + three.getId());
	}

	@Test
	void anEntryAloneHasNoNeighbours() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry only = this.newsroom.publish(blog, "Alone.", MORNING);
		this.newsroom.publish(this.newsroom.openBlog(LiveBlogStatus.LIVE), "Another blog's.",
				MORNING.plusSeconds(60));

		assertThat(permalink(blog, only).select(".entry-neighbours")).isEmpty();
	}

	/** A screen reader's list of headings: the blog, then the part of the page, then the entries' headlines within it. */
	@Test
	void aHeadlineStandsUnderThePartOfThePageItIsIn() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.write(blog, new EntryText("Polls open", "Voting has begun.", false),
				Publication.publishedAt(MORNING));
		var feed = this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange();
		assertThat(feed).hasStatusOk();

		assertThat(headings(Pages.parse(feed))).containsExactly("h1 " + blog.getTitle(), "h2 Updates", "h3 Polls open");
		assertThat(headings(permalink(blog, entry)))
			.containsExactly("h1 " + blog.getTitle(), "h2 This update", "h3 Polls open");
	}

	private static List<String> headings(Document page) {
		return page.select("main :is(h1, h2, h3, h4)").stream().map((heading) -> heading.tagName() + " " + heading.text()).toList();
	}

	private Document permalink(LiveBlog blog, Entry entry) {
		var result = this.mvc.get().uri("/live/{slug}/entries/{id}", blog.getSlug(), entry.getId()).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
