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

	/** The morning of {@link #ofEveryStatus}'s day. */
	private static final Instant DAY = Instant.parse("2026-03-02T08:00:00Z");

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

	/**
	 * A day's entries inserted at once: every status, forty at a time sharing one time (a burst: the id then
	 * decides), a third by the editor and some by the reporter; the scheduled ones due tomorrow, so that
	 * the publishing job leaves them be.
	 */
	public static void ofEveryStatus(JdbcTemplate jdbc, LiveBlog blog, int count, long editorId, long reporterId) {
		jdbc.update("""
				insert into entry (live_blog_id, headline, body_source, body_html, author_name, author_id, status,
				                   key_event, published_at, created_at, updated_at, submitted_at, retracted_at,
				                   retracted_by_name, retraction_reason)
				select ?, 'Update ' || g, 'Text of update ' || g || '.', '<p>Text of update ' || g || '.</p>', 'Desk',
				       case when g % 3 = 0 then ? when g % 10 in (1, 3) then ? end, s,
				       s = 'PUBLISHED' and g % 5 = 0,
				       case when s in ('PUBLISHED', 'RETRACTED') then t when s = 'SCHEDULED' then later + (g / 40) * interval '1 minute' end,
				       t - interval '1 minute', t + (g % 7) * interval '1 minute',
				       case when s = 'SUBMITTED' then t + (g % 7) * interval '1 minute' end,
				       case when s = 'RETRACTED' then t + interval '1 hour' end,
				       case when s = 'RETRACTED' then 'Desk' end, case when s = 'RETRACTED' then 'Wrong' end
				from generate_series(1, ?) g,
				     lateral (select case g % 10 when 0 then 'DRAFT' when 1 then 'DRAFT' when 2 then 'SCHEDULED'
				                                 when 3 then 'SUBMITTED' when 4 then 'RETRACTED' else 'PUBLISHED' end as s,
				                     ?::timestamptz + (g / 40) * interval '1 minute' as t, now() + interval '1 day' as later) x
				""", blog.getId(), editorId, reporterId, count, Timestamp.from(DAY));
		jdbc.execute("analyze entry");
	}

}
