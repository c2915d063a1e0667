package news.liveblog.entry;

import java.sql.Timestamp;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.GeneratedEntries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tab of the entry list reads a page along its own index, from the top or from an "Older entries"
 * cursor, with no sort and no OFFSET: a page costs about the same in a blog of 30,000 entries as in one of
 * 300. What is explained is the very SQL the list sends ({@link EntryListQueries}).
 */
@ApplicationTest
class EntryListQueryPlanTests {

	private static final int PAGE = 31;

	/** The index each tab walks, as an editor reads it. */
	private static final Map<EntryTab, String> INDEXES = Map.of(EntryTab.ALL, "entry_backoffice", EntryTab.DRAFTS,
			"entry_list_unpublished", EntryTab.SUBMITTED, "entry_list_unpublished", EntryTab.SCHEDULED,
			"entry_list_scheduled", EntryTab.PUBLISHED, "entry_feed", EntryTab.KEY_EVENTS, "entry_key_events",
			EntryTab.RETRACTED, "entry_list_retracted");

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyTabsPagesWalkItsIndexAndReadAsLittleAt30000EntriesAsAt300() {
		LiveBlog large = blogOf(30_000);
		LiveBlog small = blogOf(300);

		for (EntryTab tab : EntryTab.values()) {
			for (boolean fromTheMiddle : new boolean[] { false, true }) {
				QueryPlan largePlan = explain(filter(large, tab, null, null, fromTheMiddle));
				QueryPlan smallPlan = explain(filter(small, tab, null, null, fromTheMiddle));

				String what = tab + (fromTheMiddle ? " from a cursor" : " first page");
				assertWalksOnly(largePlan, INDEXES.get(tab), what);
				assertThat(largePlan.rows()).as(what).isEqualTo(PAGE);
				assertThat(largePlan.buffers()).as("%s: pages read at 30,000 entries against %d at 300", what,
						smallPlan.buffers())
					.isLessThanOrEqualTo(smallPlan.buffers() * 2 + 20);
			}
		}
	}

	@Test
	void myDraftsAndAContributorsWalkTheAuthorsOwnIndex() {
		LiveBlog large = blogOf(30_000);
		long editor = this.newsroom.account(DemoAccounts.EDITOR).getId();

		for (boolean fromTheMiddle : new boolean[] { false, true }) {
			assertWalksOnly(explain(filter(large, EntryTab.DRAFTS, editor, null, fromTheMiddle)),
					"entry_list_unpublished_by_author", "my drafts");
			assertWalksOnly(explain(filter(large, EntryTab.DRAFTS, null, editor, fromTheMiddle)),
					"entry_list_unpublished_by_author", "a contributor's drafts");
		}
	}

	@Test
	void aSearchForARareWordReadsTheSearchIndex() {
		LiveBlog large = blogOf(30_000);
		EntryListFilter filter = new EntryListFilter(large.getId(), EntryTab.ALL, null, null, "update 12345", null);

		QueryPlan plan = explain(filter);

		assertThat(plan.text()).contains("entry_search").doesNotContain("Seq Scan");
		assertThat(plan.rows()).isEqualTo(1);
	}

	private LiveBlog blogOf(int entries) {
		String slug = "list-plan-" + entries;
		return this.newsroom.liveBlogs().find(slug).orElseGet(() -> {
			LiveBlog blog = this.newsroom.liveBlogs()
				.open(new news.liveblog.blog.LiveBlogSettings(slug, "Entry list of " + entries, "", java.util.Locale.ENGLISH,
						java.time.ZoneId.of("Europe/Brussels"), LiveBlogStatus.LIVE, Newsroom.MORNING, null),
						Newsroom.DESK);
			long editor = this.newsroom.account(DemoAccounts.EDITOR).getId();
			GeneratedEntries.ofEveryStatus(this.jdbc, blog, entries, editor, editor);
			return blog;
		});
	}

	/** The filter, from the tab's first page or from the entry half-way down it. */
	private EntryListFilter filter(LiveBlog blog, EntryTab tab, Long authorId, Long contributorId,
			boolean fromTheMiddle) {
		EntryListFilter first = new EntryListFilter(blog.getId(), tab, authorId, contributorId, null, null);
		if (!fromTheMiddle) {
			return first;
		}
		String direction = tab.ascending() ? "" : " desc";
		EntryCursor middle = this.jdbc.queryForObject("select " + tab.time() + " as t, id from entry"
				+ " where live_blog_id = ? and " + tab.condition() + " order by " + tab.time() + direction + ", id"
				+ direction + " offset (select count(*) / 2 from entry where live_blog_id = ? and " + tab.condition()
				+ ") limit 1", (row, n) -> new EntryCursor(row.getTimestamp("t").toInstant(), row.getLong("id")),
				blog.getId(), blog.getId());
		return new EntryListFilter(blog.getId(), tab, authorId, contributorId, null, middle);
	}

	private static void assertWalksOnly(QueryPlan plan, String index, String what) {
		assertThat(plan.sql()).as(what).doesNotContainIgnoringCase("offset");
		assertThat(plan.text()).as(what)
			.containsPattern("Index (Only )?Scan using " + index + " on entry")
			.doesNotContain("Seq Scan")
			.doesNotContain("Sort");
	}

	private QueryPlan explain(EntryListFilter filter) {
		EntryListQueries.Sql sql = EntryListQueries.page(filter, PAGE);
		return QueryPlan.explain(this.jdbc, sql.text(), sql.arguments().toArray());
	}


}
