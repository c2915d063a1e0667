package news.liveblog.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway owns the schema: every migration in {@code db/migration} has run on PostgreSQL. (JPA validating
 * the entities against that schema is what lets the application context start at all.)
 */
@ApplicationTest
class MigrationsTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Newsroom newsroom;

	@Test
	void everyMigrationRanSuccessfullyOnPostgresql() throws IOException {
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
		List<String> applied = this.jdbc.queryForList(
				"select script from flyway_schema_history where success and version is not null order by installed_rank",
				String.class);

		assertThat(scripts).isNotEmpty();
		assertThat(applied).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(scripts).map(Resource::getFilename).toList());
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void aCodeBlockStoredBeforeCodeBlocksTookTheFocusTakesItToo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "```\nsummit\n```", Newsroom.MORNING);
		String writtenNow = entry.getBodyHtml();
		this.jdbc.update("update entry set body_html = ? where id = ?", "<pre><code>summit\n</code></pre>", entry.getId());

		new ResourceDatabasePopulator(new ClassPathResource(
				"db/migration/V25__let_code_blocks_be_scrolled_with_the_keyboard.sql")).execute(this.dataSource);

		assertThat(this.jdbc.queryForObject("select body_html from entry where id = ?", String.class, entry.getId()))
			.as("as the renderer writes it now").isEqualTo(writtenNow)
			.isEqualTo("<pre tabindex=\"0\"><code>summit\n</code></pre>");
	}

	@Test
	void schemaRefusesWhatTheApplicationMustNeverStore() {
		assertThat(this.jdbc.queryForList(
				"select conname from pg_constraint where conrelid = 'live_blog'::regclass and contype = 'c'",
				String.class))
			.contains("live_blog_slug_format", "live_blog_status_known");
		assertThat(this.jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'entry_feed'",
				String.class))
			.contains("(live_blog_id, published_at DESC, id DESC)");
	}

	/**
	 * Deleting a row deletes what cascades from it; without an index on the referencing columns, each such
	 * delete reads the whole referencing table (38 s per clean-up at 750,000 webhook deliveries). The tables
	 * that grow with every change are held to it.
	 */
	@Test
	void everyCascadingForeignKeyOfTheOutboxesHasAnIndexToFindItsRows() {
		List<String> unindexed = this.jdbc.queryForList("""
				select c.conrelid::regclass || ' ' || c.conname from pg_constraint c
				where c.contype = 'f' and c.confdeltype = 'c' and c.conrelid::regclass::text like 'webhook\\_%'
				and not exists (
					select 1 from pg_index i where i.indrelid = c.conrelid
					and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)
				order by 1
				""", String.class);

		assertThat(unindexed).isEmpty();
	}

}
