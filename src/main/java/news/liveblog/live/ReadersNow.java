package news.liveblog.live;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.blog.LiveBlog;
import news.liveblog.live.LiveStreams.OpenPages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many readers have each blog's public page open at this moment, on every instance together, and the
 * most there were at once today (the day of the blog's own zone). Each instance records its own open pages
 * per blog in PostgreSQL: every few seconds while it has readers, so that its rows stay fresh, and within a
 * second when their number changes notably, so that a crowd arriving shows at once. A blog's readers now are
 * the sum of the fresh rows: an instance that dies stops refreshing its rows, and they age out by themselves.
 * Timings: {@code liveblog.readers.refresh-every} (5 s) and {@code liveblog.readers.expire-after} (15 s).
 */
@Component
public class ReadersNow {

	/** A change by at least this share of the readers (or any change of a few) is recorded at once. */
	private static final int NOTABLE_SHARE_PERCENT = 5;

	private static final Logger logger = LoggerFactory.getLogger(ReadersNow.class);

	/** This instance's rows. A new one at every start: a restarted instance's old rows age out like a dead one's. */
	private final UUID instance = UUID.randomUUID();

	/** What this instance last recorded per blog, so that only what changed (or is ageing) is written. */
	private final Map<Long, Recorded> recorded = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final LiveStreams streams;

	private final Clock clock;

	private final Duration refreshEvery;

	private final Duration expireAfter;

	ReadersNow(JdbcClient jdbc, LiveStreams streams, Clock clock,
			@Value("${liveblog.readers.refresh-every:PT5S}") Duration refreshEvery,
			@Value("${liveblog.readers.expire-after:PT15S}") Duration expireAfter) {
		if (refreshEvery.compareTo(expireAfter) >= 0) {
			throw new IllegalArgumentException("liveblog.readers.refresh-every (" + refreshEvery
					+ ") must be shorter than liveblog.readers.expire-after (" + expireAfter
					+ "), or every blog's readers would keep ageing out");
		}
		this.jdbc = jdbc;
		this.streams = streams;
		this.clock = clock;
		this.refreshEvery = refreshEvery;
		this.expireAfter = expireAfter;
	}

	/** Readers now and today's peak for each of these blogs, by id; a blog nobody reads has zeros. */
	public Map<Long, Figures> of(Collection<LiveBlog> blogs) {
		if (blogs.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		Set<Long> ids = blogs.stream().map(LiveBlog::getId).collect(Collectors.toSet());
		Map<Long, Integer> reading = new HashMap<>();
		this.jdbc.sql("""
				select live_blog_id, sum(readers) from live_readers
				where live_blog_id in (:ids) and recorded_at > :fresh group by live_blog_id
				""")
			.param("ids", ids)
			.param("fresh", Timestamp.from(now.minus(this.expireAfter)))
			.query((row) -> {
				reading.put(row.getLong(1), row.getInt(2));
			});
		Map<Long, LocalDate> today = blogs.stream()
			.collect(Collectors.toMap(LiveBlog::getId, (blog) -> LocalDate.ofInstant(now, blog.getTimeZone()),
					(same, again) -> same));
		Map<Long, Integer> peaks = new HashMap<>();
		this.jdbc.sql("select live_blog_id, day, readers from live_readers_peak where live_blog_id in (:ids) and day in (:days)")
			.param("ids", ids)
			.param("days", Set.copyOf(today.values()))
			.query((row) -> {
				long id = row.getLong(1);
				// Blogs in zones where another day has begun are asked for that day too: keep each blog's own.
				if (row.getObject(2, LocalDate.class).equals(today.get(id))) {
					peaks.put(id, row.getInt(3));
				}
			});
		Map<Long, Figures> figures = new HashMap<>();
		for (Long id : ids) {
			int readers = reading.getOrDefault(id, 0);
			// Recorded a moment apart, the sum may be ahead of the peak it has not been compared with yet.
			figures.put(id, new Figures(readers, Math.max(readers, peaks.getOrDefault(id, 0))));
		}
		return figures;
	}

	/** A blog's readers now, all instances together, and the most at once today in the blog's zone. */
	public record Figures(int now, int peakToday) {

		public static final Figures NONE = new Figures(0, 0);

	}

	/** Checked every second; written only where the number changed notably or its row would age. */
	@Scheduled(fixedDelayString = "${liveblog.readers.check-every:PT1S}")
	void record() {
		Instant now = this.clock.instant();
		List<OpenPages> open = this.streams.openPages();
		try {
			for (OpenPages pages : open) {
				if (due(this.recorded.get(pages.liveBlogId()), pages.readers(), now)) {
					write(pages, now);
					this.recorded.put(pages.liveBlogId(), new Recorded(pages.readers(), now));
				}
			}
		}
		catch (RuntimeException ex) {
			// The database may be away: what was not written is due again at the next check.
			logger.warn("Could not record this instance's readers: {}", ex.getMessage());
		}
		// A blog gone back to draft has no channel any more; its row ages out.
		this.recorded.keySet().retainAll(open.stream().map(OpenPages::liveBlogId).toList());
	}

	private boolean due(Recorded last, int readers, Instant now) {
		if (last == null) {
			return readers > 0;
		}
		if (readers == 0) {
			// Once, when the last reader leaves; a blog nobody reads needs no fresh row.
			return last.readers() > 0;
		}
		int change = Math.abs(readers - last.readers());
		return change * 100 >= Math.max(1, last.readers() * NOTABLE_SHARE_PERCENT)
				|| !last.at().isAfter(now.minus(this.refreshEvery));
	}

	private void write(OpenPages pages, Instant now) {
		this.jdbc.sql("""
				insert into live_readers (live_blog_id, instance_id, readers, recorded_at) values (?, ?, ?, ?)
				on conflict (live_blog_id, instance_id) do update
				set readers = excluded.readers, recorded_at = excluded.recorded_at
				""").params(pages.liveBlogId(), this.instance, pages.readers(), Timestamp.from(now)).update();
		if (pages.readers() == 0) {
			return;
		}
		// The sum of every instance's fresh rows, this one's just written: a new peak when it is higher. Two
		// instances writing at the same moment may each miss the other's newest count; their next writes,
		// seconds later, see both.
		this.jdbc.sql("""
				insert into live_readers_peak (live_blog_id, day, readers, reached_at)
				select ?, ?, coalesce(sum(readers), 0), ? from live_readers where live_blog_id = ? and recorded_at > ?
				on conflict (live_blog_id, day) do update
				set readers = excluded.readers, reached_at = excluded.reached_at
				where live_readers_peak.readers < excluded.readers
				""")
			.params(pages.liveBlogId(), LocalDate.ofInstant(now, pages.timeZone()), Timestamp.from(now),
					pages.liveBlogId(), Timestamp.from(now.minus(this.expireAfter)))
			.update();
	}

	/**
	 * Rows no instance refreshed within the expiry count for nothing already; deleted here so the table stays
	 * as small as the instances and blogs being read. The peaks stay: one row per blog and day.
	 */
	@Scheduled(fixedDelayString = "${liveblog.readers.expire-after:PT15S}")
	void forgetAgedRows() {
		try {
			this.jdbc.sql("delete from live_readers where recorded_at < ?")
				.param(Timestamp.from(this.clock.instant().minus(this.expireAfter)))
				.update();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete aged reader counts: {}", ex.getMessage());
		}
	}

	private record Recorded(int readers, Instant at) {
	}

}
