package news.liveblog.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.GeneratedEntries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the feed costs the same with 100,000 entries as with 100: both feed queries walk the
 * entry_feed index from the top or from the cursor and stop after a page, never reading the whole blog.
 * Measured in pages of the database read (buffers), which, unlike time, a test can compare reliably.
 */
@ApplicationTest
class FeedQueryPlanTests {

	/** The SQL Hibernate sends for the first page and for a keyset page (EntryRepository). */
	private static final String NEWEST = """
			select * from entry where live_blog_id = ? and status = 'PUBLISHED'
			order by published_at desc, id desc limit 21""";

	private static final String OLDER = """
			select * from entry where live_blog_id = ? and status = 'PUBLISHED'
			  and (published_at, id) < (select published_at, id from entry where id = ?)
			order by published_at desc, id desc limit 21""";

	/** The SQL Hibernate sends for the feed's key events list (EntryRepository). */
	private static final String KEY_EVENTS = """
			select * from entry where live_blog_id = ? and status = 'PUBLISHED' and key_event
			order by published_at desc, id desc limit 20""";

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void feedPagesUseTheIndexAndReadAsLittleAt100000EntriesAsAt100() {
		LiveBlog large = blogOf(100_000);
		LiveBlog small = blogOf(100);

		for (String sql : List.of(NEWEST, OLDER)) {
			QueryPlan largePlan = explain(sql, large);
			QueryPlan smallPlan = explain(sql, small);
			assertScansOnly(largePlan, "entry_feed");
			assertThat(largePlan.rows()).isEqualTo(21);
			assertThat(largePlan.buffers()).as("pages read at 100,000 entries against %d at 100", smallPlan.buffers())
				.isLessThanOrEqualTo(smallPlan.buffers() * 2 + 10);
		}
	}

	@Test
	void theKeyEventsListReadsItsOwnIndexAndAsLittleAmong100000EntriesAsAmong100() {
		LiveBlog large = blogOf(100_000);
		LiveBlog small = blogOf(100);
		// A hundred key events among 100,000 entries, against a quarter of a short blog's: the list must not
		// walk past the ordinary entries to find the few that matter.
		this.jdbc.update("update entry set key_event = true where live_blog_id = ? and id % 1000 = 0", large.getId());
		this.jdbc.update("update entry set key_event = true where live_blog_id = ? and id % 4 = 0", small.getId());

		QueryPlan largePlan = explain(KEY_EVENTS, large);
		QueryPlan smallPlan = explain(KEY_EVENTS, small);

		assertScansOnly(largePlan, "entry_key_events");
		assertThat(largePlan.rows()).isEqualTo(20);
		assertThat(smallPlan.rows()).isEqualTo(20);
		assertThat(largePlan.buffers()).as("pages read among 100,000 entries against %d among 100", smallPlan.buffers())
			.isLessThanOrEqualTo(smallPlan.buffers() * 2 + 30);
	}

	/** A blog of that many entries, which the database inserts at once; the first test to ask for it makes it. */
	private LiveBlog blogOf(int entries) {
		return GeneratedEntries.generate(this.liveBlogs, this.jdbc, "plan-test-" + entries, entries);
	}

	/** The plan walks that index, in its order: no sequential scan, no sort. */
	private static void assertScansOnly(QueryPlan plan, String index) {
		assertThat(plan.text()).contains("Index Scan using " + index + " on entry")
			.doesNotContain("Seq Scan")
			.doesNotContain("Sort");
	}

	private QueryPlan explain(String sql, LiveBlog blog) {
		Long middle = this.jdbc.queryForObject("""
				select id from entry where live_blog_id = ? order by published_at desc, id desc
				offset (select count(*) / 2 from entry where live_blog_id = ?) limit 1""", Long.class, blog.getId(),
				blog.getId());
		Object[] args = sql.equals(OLDER) ? new Object[] { blog.getId(), middle } : new Object[] { blog.getId() };
		return QueryPlan.explain(this.jdbc, sql, args);
	}

}
