package news.liveblog.backoffice;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.account.Accounts;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.GeneratedEntries;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry list of a long day: thousands of entries of every status, in tabs that each start newest first
 * (scheduled: soonest first) and whose "Older entries" pages, followed to the end, show every entry of
 * the tab exactly once; "Mine", and what a contributor may see.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryListTests {

	/** Enough for a day of a big story, several dozen pages of "All". */
	private static final int ENTRIES = 2400;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvcTester mvc;

	private LiveBlog day;

	private Editor reporter;

	private List<Row> rows;

	@BeforeAll
	void aLongDay() {
		this.day = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, BackOffice.PASSWORD);
		long editor = this.newsroom.account(DemoAccounts.EDITOR).getId();
		GeneratedEntries.ofEveryStatus(this.jdbc, this.day, ENTRIES, editor, this.reporter.getId());
		this.rows = this.jdbc.query("""
				select id, status, author_id, key_event, published_at, created_at, updated_at, retracted_at
				from entry where live_blog_id = ?""", (row, n) -> new Row(row.getLong("id"), row.getString("status"),
				(Long) row.getObject("author_id"), row.getBoolean("key_event"), instant(row, "published_at"),
				instant(row, "created_at"), instant(row, "updated_at"), instant(row, "retracted_at")),
				this.day.getId());
	}

	@Test
	void everyTabStartsWithItsNewestAndItsOlderPagesShowEachOfItsEntriesOnce() {
		for (Tab tab : Tab.values()) {
			List<Long> expected = this.rows.stream().filter(tab.shows).sorted(tab.order).map(Row::id).toList();
			assertThat(expected).as(tab.name()).hasSizeGreaterThan(EntryLists.PAGE_SIZE * 2);

			List<Long> seen = walk(this.day, tab.parameter, this.backOffice.asEditor());

			assertThat(seen).as("%s, every page followed", tab).containsExactlyElementsOf(expected);
			assertThat(new HashSet<>(seen)).as("each once").hasSameSizeAs(seen);
		}
	}

	@Test
	void eachTabShowsItsCount() {
		Document page = this.backOffice.page(list(this.day, null), this.backOffice.asEditor());
		for (Tab tab : Tab.values()) {
			Element link = page.selectFirst(".entry-tabs [data-tab=" + tab.parameter + "]");
			assertThat(link).as(tab.name()).isNotNull();
			assertThat(link.selectFirst(".entry-tab-count").text()).as(tab.name())
				.isEqualTo(Long.toString(this.rows.stream().filter(tab.shows).count()));
		}
		assertThat(page.selectFirst(".entry-tabs [aria-current=page]").attr("data-tab")).isEqualTo("all");
	}

	@Test
	void mineShowsOnlyTheEditorsOwnDraftsNewestFirst() {
		long editor = this.newsroom.account(DemoAccounts.EDITOR).getId();
		List<Long> expected = this.rows.stream()
			.filter(Tab.DRAFTS.shows.and((row) -> Long.valueOf(editor).equals(row.authorId())))
			.sorted(Tab.DRAFTS.order)
			.map(Row::id)
			.toList();
		assertThat(expected).hasSizeGreaterThan(EntryLists.PAGE_SIZE);

		assertThat(walk(this.day, "drafts&mine=true", this.backOffice.asEditor())).containsExactlyElementsOf(expected);
	}

	@Test
	void aContributorSeesPublishedAndRetractedEntriesAndOnlyTheirOwnDraftsAndSubmissions() {
		RequestPostProcessor asReporter = this.backOffice.as(this.reporter);
		Predicate<Row> theirs = (row) -> this.reporter.getId().equals(row.authorId());
		Predicate<Row> visible = (row) -> row.status().equals("PUBLISHED") || row.status().equals("RETRACTED")
				|| (theirs.test(row) && (row.status().equals("DRAFT") || row.status().equals("SUBMITTED")));

		List<Long> all = walk(this.day, "all", asReporter);

		assertThat(all).containsExactlyElementsOf(
				this.rows.stream().filter(visible).sorted(Tab.ALL.order).map(Row::id).toList());
		assertThat(walk(this.day, "drafts", asReporter)).containsExactlyElementsOf(
				this.rows.stream().filter(Tab.DRAFTS.shows.and(theirs)).sorted(Tab.DRAFTS.order).map(Row::id).toList());
		Document page = this.backOffice.page(list(this.day, "submitted"), asReporter);
		assertThat(page.selectFirst("[data-tab=submitted] .entry-tab-count").text())
			.isEqualTo(Long.toString(this.rows.stream().filter(Tab.SUBMITTED.shows.and(theirs)).count()));
		assertThat(page.selectFirst("[data-tab=drafts] .entry-tab-count").text())
			.isEqualTo(Long.toString(this.rows.stream().filter(Tab.DRAFTS.shows.and(theirs)).count()));
		assertThat(page.select("[data-tab=scheduled]")).as("nothing scheduled is theirs to see").isEmpty();
		assertThat(page.select(".admin-entry form[action*=/pin], .admin-entry form[action*=/retract]")).isEmpty();
		assertThat(walk(this.day, "scheduled", asReporter)).as("not even by the address").isEmpty();
	}

	@Test
	void theComposerShowsTheFirstPageOfTheListAsALiveRegion() {
		Document composer = this.backOffice.page("/admin/live/" + this.day.getSlug(), this.backOffice.asEditor());

		Element region = composer.selectFirst("#entries");
		assertThat(region.attr("data-desk-blog")).isEqualTo(Long.toString(this.day.getId()));
		assertThat(region.attr("data-desk-refresh"))
			.isEqualTo("/admin/live/" + this.day.getSlug() + "/entries?from=composer&fragment=list");
		assertThat(region.select("[data-entry-id]").eachAttr("data-entry-id")).hasSize(EntryLists.PAGE_SIZE)
			.containsExactlyElementsOf(this.rows.stream()
				.sorted(Tab.ALL.order)
				.limit(EntryLists.PAGE_SIZE)
				.map((row) -> Long.toString(row.id()))
				.toList());
	}

	@Test
	void theListRegionAloneIsItsRootElementWithItsOwnAddress() throws Exception {
		String address = list(this.day, "drafts") + "&mine=true&fragment=list";
		String html = this.backOffice.get(address, this.backOffice.asEditor()).getResponse().getContentAsString();
		Document fragment = Jsoup.parseBodyFragment(html);

		Element root = fragment.body().child(0);
		assertThat(fragment.body().children()).hasSize(1);
		assertThat(root.id()).isEqualTo("entries");
		assertThat(root.attr("data-desk-refresh")).isEqualTo(address);
		assertThat(fragment.select("header, nav.admin-nav")).isEmpty();
	}

	// Search

	@Test
	void searchFindsEntriesByTheWordsOfTheirHeadlineOrTextAndTheLastWordByItsStart() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		long arrives = this.newsroom.publishKeyEvent(blog, "Zelensky arrives in Brussels", "Talks begin at noon.",
				Newsroom.MORNING).getId();
		long meets = this.newsroom.publish(blog, "Rutte meets Zelensky at NATO headquarters.",
				Newsroom.MORNING.plusSeconds(60)).getId();
		long reacts = this.newsroom.publish(blog, "L’Élysée réagit à la décision.", Newsroom.MORNING.plusSeconds(120))
			.getId();
		this.newsroom.publish(blog, "Weather in Brussels: rain.", Newsroom.MORNING.plusSeconds(180));

		assertThat(search(blog, null, "zelensky")).containsExactly(meets, arrives);
		assertThat(search(blog, null, "Rutte")).containsExactly(meets);
		assertThat(search(blog, null, "talks NOON")).as("words of the text, any case").containsExactly(arrives);
		assertThat(search(blog, null, "zelensky brus")).as("the last word by its start").containsExactly(arrives);
		assertThat(search(blog, null, "élysée")).as("accents, either language").containsExactly(reacts);
		assertThat(search(blog, null, "elysee")).as("typed on a phone without its accents").containsExactly(reacts);
		assertThat(search(blog, null, "reag")).as("a prefix without its accent").containsExactly(reacts);
		assertThat(search(blog, null, "DÉCISION")).as("any case, any accent").containsExactly(reacts);
		assertThat(search(blog, null, "decide")).as("no stemming: words as written").isEmpty();
		assertThat(search(blog, "key-events", "zelensky")).as("within the tab").containsExactly(arrives);
	}

	@Test
	void aSearchKeepsItsWordsInTheBoxAndTheTabsCountWhatItFinds() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Summit opens.", Newsroom.MORNING);
		this.newsroom.write(blog, EntryText.of("Summit draft."), Publication.draft());
		this.newsroom.publish(blog, "Other news.", Newsroom.MORNING.plusSeconds(60));

		Document page = this.backOffice.page(list(blog, "drafts") + "&q=summit", this.backOffice.asEditor());

		assertThat(page.selectFirst("#entry-search").val()).isEqualTo("summit");
		assertThat(page.selectFirst("form.entry-search input[name=tab]").val()).isEqualTo("drafts");
		assertThat(page.selectFirst("[data-tab=all] .entry-tab-count").text()).isEqualTo("2");
		assertThat(page.selectFirst("[data-tab=published] .entry-tab-count").text()).isEqualTo("1");
		assertThat(page.selectFirst("[data-tab=published]").attr("href")).contains("q=summit");
		assertThat(page.select("[data-entry-id]")).hasSize(1);
		Document none = this.backOffice.page(list(blog, null) + "?q=nothing", this.backOffice.asEditor());
		assertThat(none.selectFirst(".entry-list-empty").text()).isEqualTo("No entry here matches “nothing”.");
	}

	/** An empty tab says what it would hold, not that the blog has no entry at all. */
	@Test
	void anEmptyTabSaysWhatItWouldHold() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Summit opens.", Newsroom.MORNING);

		assertThat(emptyLine(list(blog, "scheduled"))).isEqualTo("Nothing is scheduled.");
		assertThat(emptyLine(list(blog, "drafts"))).isEqualTo("No draft.");
		assertThat(emptyLine(list(blog, "retracted"))).isEqualTo("Nothing has been retracted.");
		assertThat(this.backOffice.page(list(blog, null), this.backOffice.asEditor()).select(".entry-list-empty"))
			.isEmpty();
		assertThat(emptyLine(list(this.newsroom.openBlog(LiveBlogStatus.LIVE), null))).isEqualTo("No entry yet.");
	}

	private String emptyLine(String address) {
		return this.backOffice.page(address, this.backOffice.asEditor()).selectFirst(".entry-list-empty").text();
	}

	@Test
	void aHostileOrEmptySearchIsHarmless() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		long only = this.newsroom.publish(blog, "Drop everything: the summit opens.", Newsroom.MORNING).getId();

		assertThat(search(blog, null, "'; DROP everything; --")).containsExactly(only);
		assertThat(search(blog, null, "summit:* | !opens & (")).containsExactly(only);
		assertThat(search(blog, null, "!!! :* & | ()")).as("no word: the list unfiltered").containsExactly(only);
		assertThat(search(blog, null, "   ")).containsExactly(only);
		assertThat(search(blog, null, "summit\u0000")).containsExactly(only);
		assertThat(search(blog, null, "word ".repeat(500))).isEmpty();
		assertThat(this.newsroom.entries().find(blog.getId(), only)).isPresent();
		assertThat(this.backOffice.get(list(blog, null) + "?before=yesterday&beforeId=x", this.backOffice.asEditor())
			.getResponse()
			.getStatus()).as("a cursor that is none").isBetween(400, 499);
	}

	/** The ids the list shows for a search, as the search box sends it. */
	private List<Long> search(LiveBlog blog, String tab, String words) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(list(blog, null));
		if (tab != null) {
			address.queryParam("tab", tab);
		}
		// Encoded once, as the box's form sends it; an address given as a string would be taken as a template.
		URI uri = address.queryParam("q", "{q}").encode().buildAndExpand(words).toUri();
		MvcTestResult result = this.mvc.get().uri(uri).with(this.backOffice.asEditor()).exchange();
		assertThat(result).as(words).hasStatusOk();
		return Pages.parse(result)
			.select("#entries [data-entry-id]")
			.eachAttr("data-entry-id")
			.stream()
			.map(Long::valueOf)
			.toList();
	}

	/** The ids the list shows on a tab, following "Older entries" to the last page. */
	private List<Long> walk(LiveBlog blog, String tab, RequestPostProcessor as) {
		List<Long> seen = new ArrayList<>();
		String address = list(blog, tab);
		for (int pages = 0; address != null; pages++) {
			assertThat(pages).as("pages of %s", tab).isLessThan(ENTRIES);
			Document page = this.backOffice.page(address, as);
			page.select("#entries [data-entry-id]").forEach((item) -> seen.add(Long.valueOf(item.attr("data-entry-id"))));
			Element older = page.selectFirst("#entries a[rel=next]");
			address = (older != null) ? older.attr("href") : null;
		}
		return seen;
	}

	private static String list(LiveBlog blog, String tab) {
		return "/admin/live/" + blog.getSlug() + "/entries" + ((tab != null) ? "?tab=" + tab : "");
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp time = row.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

	record Row(long id, String status, Long authorId, boolean keyEvent, Instant publishedAt, Instant createdAt,
			Instant updatedAt, Instant retractedAt) {
	}

	/** Each tab, what it shows and its order, said again independently of the SQL. */
	enum Tab {

		ALL("all", (row) -> true, newestFirst((row) -> (row.publishedAt() != null) ? row.publishedAt() : row.createdAt())),
		DRAFTS("drafts", (row) -> row.status().equals("DRAFT"), newestFirst(Row::updatedAt)),
		SCHEDULED("scheduled", (row) -> row.status().equals("SCHEDULED"),
				Comparator.comparing(Row::publishedAt).thenComparing(Row::id)),
		SUBMITTED("submitted", (row) -> row.status().equals("SUBMITTED"), newestFirst(Row::updatedAt)),
		PUBLISHED("published", (row) -> row.status().equals("PUBLISHED"), newestFirst(Row::publishedAt)),
		KEY_EVENTS("key-events", (row) -> row.status().equals("PUBLISHED") && row.keyEvent(),
				newestFirst(Row::publishedAt)),
		RETRACTED("retracted", (row) -> row.status().equals("RETRACTED"), newestFirst(Row::retractedAt));

		final String parameter;

		final Predicate<Row> shows;

		final Comparator<Row> order;

		Tab(String parameter, Predicate<Row> shows, Comparator<Row> order) {
			this.parameter = parameter;
			this.shows = shows;
			this.order = order;
		}

		private static Comparator<Row> newestFirst(Function<Row, Instant> time) {
			return Comparator.comparing(time).thenComparing(Row::id).reversed();
		}

	}

}
