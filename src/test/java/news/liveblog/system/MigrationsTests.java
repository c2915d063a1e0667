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

}
