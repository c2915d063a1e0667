package news.liveblog.question;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many questions a client address, and a whole blog, sent within their current window, counted in
 * PostgreSQL so that the limit holds across instances: each count is one statement (an upsert that says
 * where the count stands), which holds the row only while it runs, never across requests. A row lives for
 * its window; the clean-up job deletes it after, so no trace of an address (kept only as a keyed hash
 * anyway, {@link QuestionKey}) outlasts the window.
 */
@Component
class QuestionThrottle {

	/** The blog's own count, beside its askers' hashes. */
	static final String WHOLE_BLOG = "*";

	private final JdbcClient jdbc;

	private final Clock clock;

	QuestionThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one more question from this asker (a hash, or {@link #WHOLE_BLOG}) and says how long it must
	 * wait when that is one too many for the window; empty when it may be sent.
	 */
	Optional<Duration> count(long liveBlogId, String asker, int limit, Duration window) {
		Instant now = this.clock.instant();
		Counted counted = this.jdbc.sql("""
				insert into reader_question_throttle as t (live_blog_id, asker, questions, window_ends)
				values (:blog, :asker, 1, :ends)
				on conflict (live_blog_id, asker) do update set
				  questions = case when t.window_ends > :now then t.questions + 1 else 1 end,
				  window_ends = case when t.window_ends > :now then t.window_ends else :ends end
				returning questions, window_ends
				""")
			.param("blog", liveBlogId)
			.param("asker", asker)
			.param("now", Timestamp.from(now))
			.param("ends", Timestamp.from(now.plus(window)))
			.query((row, n) -> new Counted(row.getInt(1), row.getTimestamp(2).toInstant()))
			.single();
		if (counted.questions() <= limit) {
			return Optional.empty();
		}
		Duration wait = Duration.between(now, counted.windowEnds());
		return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
	}

	/** Windows that ended are no use, and an address's hash is kept no longer than its window. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@Transactional
	void forgetEndedWindows() {
		this.jdbc.sql("delete from reader_question_throttle where window_ends <= ?")
			.param(Timestamp.from(this.clock.instant()))
			.update();
	}

	private record Counted(int questions, Instant windowEnds) {
	}

}
