package news.liveblog.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After {@value #MAX_FAILURES} failed sign-ins for one username within {@link #WINDOW}, that username is
 * refused for {@link #LOCK}. Kept in PostgreSQL, so the count holds across instances and restarts.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Holds the username's sign-in lock until the current transaction ends: attempts on one username are
	 * checked one at a time, on every instance, so a burst of parallel guesses cannot all slip in before
	 * the fifth failure is counted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void serialize(String username) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('liveblog-sign-in:' || ?))").param(username).query((row) -> {
		});
	}

	/** How long the username stays locked, if it is. */
	Optional<Duration> lockRemaining(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from login_throttle where username = ? and locked_until > ?")
			.params(username, Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.map((lockedUntil) -> Duration.between(now, lockedUntil.toInstant()));
	}

	/** One upsert, so that concurrent failures on several instances all count. */
	@Transactional
	void recordFailure(String username) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into login_throttle as t (username, failures, window_start) values (:username, 1, :now)
				on conflict (username) do update set
				  failures = case when t.window_start > :windowStart then t.failures + 1 else 1 end,
				  window_start = case when t.window_start > :windowStart then t.window_start else :now end,
				  locked_until = case when t.window_start > :windowStart and t.failures + 1 >= :maxFailures
				                      then cast(:lockedUntil as timestamptz) end
				""")
			.param("username", username)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.param("maxFailures", MAX_FAILURES)
			.param("lockedUntil", Timestamp.from(now.plus(LOCK)))
			.update();
	}

	@Transactional
	void recordSuccess(String username) {
		this.jdbc.sql("delete from login_throttle where username = ?").param(username).update();
	}

	/** Rows of usernames nobody has tried for a day are no use: guesses at random names would pile up. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@Transactional
	void forgetOldFailures() {
		this.jdbc.sql("delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)")
			.params(Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))), Timestamp.from(this.clock.instant()))
			.update();
	}

}
