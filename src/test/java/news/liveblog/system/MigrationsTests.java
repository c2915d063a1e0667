package news.liveblog.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway owns the schema: every migration in {@code db/migration} has run on PostgreSQL. (JPA validating
 * the entities against that schema is what lets the application context start at all.)
 */
@ApplicationTest
class MigrationsTests {

	@Autowired
	private JdbcTemplate jdbc;

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
