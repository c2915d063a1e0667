package news.liveblog.feed;

import java.time.Instant;
import java.util.ArrayList;
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
 * A long blog reads page by page, newest first, through keyset links: every entry exactly once, none
 * skipped at a page boundary, even when entries share a publication time.
 */
@ApplicationTest
class FeedPaginationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void newestEntryComesFirst() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry later = publish(blog, "Later", MORNING.plusSeconds(600));
		Entry earlier = publish(blog, "Earlier", MORNING);
		Entry latest = publish(blog, "Latest", MORNING.plusSeconds(1200));

		assertThat(entryIds(page("/live/" + blog.getSlug()))).containsExactly(latest.getId(), later.getId(),
				earlier.getId());
	}

	@Test
	void firstPageShowsTheNewestTwentyAndLinksToOlderOnes() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		List<Entry> published = publishMinuteApart(blog, 21);

		Document first = page("/live/" + blog.getSlug());

		assertThat(entryIds(first)).hasSize(20).first().isEqualTo(published.getLast().getId());
		Element older = first.selectFirst("a[rel=next]");
		assertThat(older).isNotNull();
		Document second = page(older.attr("href"));
		assertThat(entryIds(second)).containsExactly(published.getFirst().getId());
		assertThat(second.selectFirst("a[rel=next]")).as("no link past the oldest entry").isNull();
		assertThat(second.select("a[href=/live/" + blog.getSlug() + "]")).as("a way back to the latest").isNotEmpty();
	}

	@Test
	void exactlyOnePageHasNoOlderLink() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		publishMinuteApart(blog, 20);

		Document first = page("/live/" + blog.getSlug());

		assertThat(entryIds(first)).hasSize(20);
		assertThat(first.selectFirst("a[rel=next]")).isNull();
	}

	@Test
	void walkingTheOlderLinksVisitsEveryEntryOnceInOrderEvenWithEqualTimes() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		// 45 entries in 9 bursts of 5 sharing one publication time each: page boundaries fall inside bursts.
		List<Long> expected = this.newsroom.publishInBursts(blog, 9, 5);
		// Newest first, and among equal times the later-written (higher id) entry first: the publishing order reversed.
		List<Long> newestFirst = expected.reversed();

		List<Document> pages = followingTheNextLinks("/live/" + blog.getSlug());

		List<Long> seen = pages.stream().flatMap((page) -> entryIds(page).stream()).toList();
		assertThat(pages.size()).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(newestFirst);
	}

	@Test
	void inOrderTheStoryReadsOldestFirstPageByPageEveryEntryOnceEvenWithEqualTimes() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		List<Long> publishingOrder = this.newsroom.publishInBursts(blog, 9, 5);
		Document newestFirst = page("/live/" + blog.getSlug());
		String inOrder = newestFirst.selectFirst(".feed-order a[href*=order=oldest]").attr("href");

		List<Document> pages = followingTheNextLinks(inOrder);

		List<Long> seen = pages.stream().flatMap((page) -> entryIds(page).stream()).toList();
		assertThat(pages.size()).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(publishingOrder);
	}

	@Test
	void anUnknownOrderIsNotFound() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		assertThat(this.mvc.get().uri("/live/" + blog.getSlug() + "?order=sideways").exchange()).hasStatus(404);
	}

	@Test
	void entriesOfAnotherBlogNeverShow() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		LiveBlog other = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry own = publish(blog, "Own", MORNING);
		publish(other, "Other", MORNING.plusSeconds(1));

		assertThat(entryIds(page("/live/" + blog.getSlug()))).containsExactly(own.getId());
	}

	private List<Entry> publishMinuteApart(LiveBlog blog, int count) {
		List<Entry> published = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			published.add(publish(blog, "Entry " + i, MORNING.plusSeconds(60L * i)));
		}
		return published;
	}

	private Entry publish(LiveBlog blog, String text, Instant at) {
		return this.newsroom.publish(blog, text, at);
	}

	private Document page(String uri) {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

	/** The page at that address and every page its "next" link (older, or later in order) leads to. */
	private List<Document> followingTheNextLinks(String first) {
		List<Document> pages = new ArrayList<>();
		for (String next = first; next != null;) {
			Document page = page(next);
			pages.add(page);
			Element link = page.selectFirst("a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		return pages;
	}

	private static List<Long> entryIds(Document page) {
		return page.select("article.entry").stream().map((article) -> Long.valueOf(article.id().substring(6))).toList();
	}

}
