package news.liveblog.dev;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For benchmarks and size tests: with {@code liveblog.dev.generated-entries=N} (or a list, N,M,...), a
 * live blog {@code generated-N} with N short published entries, one a minute, inserted in one statement,
 * for each number. Does nothing by default, or for a blog that exists.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GeneratedEntries implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(GeneratedEntries.class);

	private final LiveBlogs liveBlogs;

	private final JdbcTemplate jdbc;

	private final int[] counts;

	GeneratedEntries(LiveBlogs liveBlogs, JdbcTemplate jdbc,
			@Value("${liveblog.dev.generated-entries:0}") int[] counts) {
		this.liveBlogs = liveBlogs;
		this.jdbc = jdbc;
		this.counts = counts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int count : this.counts) {
			if (count > 0) {
				generate(this.liveBlogs, this.jdbc, "generated-" + count, count);
			}
		}
	}

	/** Opens a live blog with {@code count} entries, one a minute ending now; returns it. */
	public static LiveBlog generate(LiveBlogs liveBlogs, JdbcTemplate jdbc, String slug, int count) {
		LiveBlog existing = liveBlogs.find(slug).orElse(null);
		if (existing != null) {
			return existing;
		}
		Instant end = Instant.now();
		LiveBlog blog = liveBlogs.open(new LiveBlogSettings(slug, "Generated blog of " + count + " entries",
				"Entries made for measuring.", Locale.ENGLISH, ZoneId.of("Europe/Brussels"),
				LiveBlogStatus.LIVE, end.minusSeconds(60L * count), null), Actor.application("generated entries"));
		jdbc.update("""
				insert into entry (live_blog_id, body_source, body_html, author_name, status, published_at,
				                   created_at, updated_at)
				select ?, 'Generated update number ' || g || '.', '<p>Generated update number ' || g || '.</p>',
				       'Generator', 'PUBLISHED', ?::timestamptz - (? - g) * interval '1 minute', now(), now()
				from generate_series(1, ?) g
				""", blog.getId(), Timestamp.from(end), count, count);
		// A change like any other, so caches on every instance let go of the page they may hold.
		Long seq = jdbc.queryForObject(
				"update live_blog set change_seq = change_seq + 1, changed_at = now() where id = ? returning change_seq",
				Long.class, blog.getId());
		jdbc.queryForList("select pg_notify('liveblog_change', ?)", blog.getId() + ":" + seq + ":ENTRY_PUBLISHED");
		jdbc.execute("analyze entry");
		logger.info("Generated {} entries in the live blog '{}'", count, slug);
		return blog;
	}

}
