package news.liveblog.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many requests a client address, or everyone together, made of one kind (a scope: a blog's questions,
 * push subscriptions) within their current window, counted in PostgreSQL so that a limit holds across
 * instances. Each count is one statement (an upsert that says where the count stands), which holds the row only
 * while it runs, never across requests. An address is kept only as a keyed hash ({@link SiteKey}), and only for
 * its window: the clean-up job deletes a row once its window has ended.
 */
@Component
public class RateLimits {

	/** What a scope's count from everyone together is kept under, beside its clients' hashes (hex, never this). */
	private static final String EVERYONE = "*";

	private final JdbcClient jdbc;

	private final SiteKey key;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, SiteKey key, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
	}

	/**
	 * Counts one more request of this scope from this client address, and says how long it must wait when that
	 * is one too many for the window; empty when it may be served.
	 */
	public Optional<Duration> countFromClient(String scope, String clientAddress, int limit, Duration window) {
		return count(scope, this.key.hashOf(clientAddress), limit, window);
	}

	/** As {@link #countFromClient}, for everyone's requests of this scope together. */
	public Optional<Duration> countFromEveryone(String scope, int limit, Duration window) {
		return count(scope, EVERYONE, limit, window);
	}

	private Optional<Duration> count(String scope, String client, int limit, Duration window) {
		Instant now = this.clock.instant();
		Counted counted = this.jdbc.sql("""
				insert into rate_limit_count as t (scope, client, requests, window_ends)
				values (:scope, :client, 1, :ends)
				on conflict (scope, client) do update set
				  requests = case when t.window_ends > :now then t.requests + 1 else 1 end,
				  window_ends = case when t.window_ends > :now then t.window_ends else :ends end
				returning requests, window_ends
				""")
			.param("scope", scope)
			.param("client", client)
			.param("now", Timestamp.from(now))
			.param("ends", Timestamp.from(now.plus(window)))
			.query((row, n) -> new Counted(row.getInt(1), row.getTimestamp(2).toInstant()))
			.single();
		if (counted.requests() <= limit) {
			return Optional.empty();
		}
		Duration wait = Duration.between(now, counted.windowEnds());
		return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
	}

	/** Windows that ended are no use, and an address's hash is kept no longer than its window. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void forgetEndedWindows() {
		this.jdbc.sql("delete from rate_limit_count where window_ends <= ?")
			.param(Timestamp.from(this.clock.instant()))
			.update();
	}

	private record Counted(int requests, Instant windowEnds) {
	}

}
