package news.liveblog.backoffice;

import java.io.UnsupportedEncodingException;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's live regions (desk.js refreshes them): the dashboard's table and a composer's entry
 * list each name their fragment's address and the blog they follow, and the fragment is the region alone,
 * as it is now, under the same id and attributes, ready to take the region's place.
 */
@ApplicationTest
class LiveRegionsTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void theDashboardsTableIsARegionOfEveryBlogWhoseFragmentHasTheFiguresAsTheyAreNow() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Element region = this.backOffice.page("/admin", this.backOffice.asEditor()).getElementById("dashboard-blogs");
		assertThat(region.attr("data-desk-refresh")).isEqualTo("/admin?fragment=blogs");
		assertThat(region.attr("data-desk-blog")).isEqualTo("*");
		assertThat(publishedEntries(region, blog)).isEqualTo("0");

		this.newsroom.publish(blog, "A first entry.", Instant.now());

		Element fragment = fragment("/admin?fragment=blogs");
		assertThat(fragment.id()).isEqualTo(region.id());
		assertThat(fragment.attributes().asList()).containsAll(region.attributes().asList());
		assertThat(publishedEntries(fragment, blog)).isEqualTo("1");
	}

	@Test
	void aComposersEntryListIsARegionOfItsBlogWhoseFragmentListsTheEntriesAsTheyAreNow() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry published = this.newsroom.publish(blog, "Published before the page.", Instant.now());
		Document composer = this.backOffice.page("/admin/live/" + blog.getSlug(), this.backOffice.asEditor());
		Element region = composer.getElementById("entries");
		// The entry list's first page (EntryListController); its actions lead back to the composer.
		String fragmentUrl = "/admin/live/" + blog.getSlug() + "/entries?from=composer&fragment=list";
		assertThat(region.attr("data-desk-refresh")).isEqualTo(fragmentUrl);
		assertThat(region.attr("data-desk-blog")).isEqualTo(Long.toString(blog.getId()));
		assertThat(region.select("[data-entry-id]").eachAttr("data-entry-id")).containsExactly(published.getId().toString());

		Entry draft = this.newsroom.write(blog, EntryText.of("A draft saved since."), Publication.draft());

		Element fragment = fragment(fragmentUrl);
		assertThat(fragment.id()).isEqualTo(region.id());
		assertThat(fragment.attributes().asList()).containsAll(region.attributes().asList());
		assertThat(fragment.select("[data-entry-id]").eachAttr("data-entry-id"))
			.containsExactlyInAnyOrder(published.getId().toString(), draft.getId().toString());
		// Its forms work as the page's do.
		assertThat(fragment.select("form[method=post] input[name=_csrf]")).isNotEmpty();
	}

	@Test
	void aStrangerGetsNoFragment() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		assertThat(this.backOffice.get("/admin?fragment=blogs")).hasStatus3xxRedirection();
		assertThat(this.backOffice.get("/admin/live/" + blog.getSlug() + "/entries?fragment=list"))
			.hasStatus3xxRedirection();
	}

	/** The fragment's one root element: nothing of the page's layout around it. */
	private Element fragment(String uri) {
		MvcTestResult result = this.backOffice.get(uri, this.backOffice.asEditor());
		assertThat(result).hasStatusOk();
		try {
			Element body = Jsoup.parseBodyFragment(result.getResponse().getContentAsString()).body();
			assertThat(body.children()).hasSize(1);
			// None of the layout (the entry list's own tabs are a nav of the region's).
			assertThat(body.select("header.site-header, nav.admin-nav, main, #desk-status")).isEmpty();
			return body.child(0);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String publishedEntries(Element region, LiveBlog blog) {
		return region.getElementById("blog-" + blog.getSlug()).selectFirst("td.numeric").text();
	}

}
