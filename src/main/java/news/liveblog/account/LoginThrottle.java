package news.liveblog.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows whoever guesses passwords without ever locking out an account's owner. Failed sign-ins are counted
 * per client address and username: the first {@value #FREE_FAILURES} cost nothing, then that address
 * waits before trying that username again, {@link #FIRST_DELAY} and twice as long after each further
 * failure, up to {@link #LONGEST_DELAY}. The owner signing in from anywhere else is not held up. Once a
 * username has had {@value #USERNAME_CEILING} failures within {@link #USERNAME_WINDOW} from all addresses
 * together (guessers spread over many addresses), no address gets free attempts on it any more: a first
 * failure already makes it wait. That still only slows: a right password from a fresh address gets in.
 * <p>
 * Each attempt is counted as a failure before its password is checked, in one short transaction that
 * holds the pair's row only while it counts; a right password then takes it back. So parallel guesses on
 * any number of instances are counted one by one, and no database connection or lock is held while the
 * password is hashed. Kept in PostgreSQL, so the counts hold across instances and restarts.
 * <p>
 * Not {@code system.RateLimits}, which counts readers' requests against a fixed limit: here a failure is
 * counted before its password is checked and taken back when it was right, the wait grows with each one, and
 * admins see and lift the slowed usernames, which a keyed hash would hide from them.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(10);

	static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

	static final int USERNAME_CEILING = 100;

	static final Duration USERNAME_WINDOW = Duration.ofHours(1);

	/** An address that has not failed on a username for this long starts again from nothing. */
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Lets an attempt through and counts it as a failure in advance, or says how long this address must
	 * still wait before trying this username.
	 */
	@Transactional
	Admission admit(String clientAddress, String username) {
		Instant now = this.clock.instant();
		int usernameFailures = this.jdbc.sql("select failures from login_throttle where username = ? and window_start > ?")
			.params(username, Timestamp.from(now.minus(USERNAME_WINDOW)))
			.query(Integer.class)
			.optional()
			.orElse(0);
		this.jdbc.sql("""
				insert into sign_in_failure (client_address, username, failures, last_failure_at) values (?, ?, 0, ?)
				on conflict do nothing
				""").params(clientAddress, username, Timestamp.from(now)).update();
		// The row's lock, until this short transaction ends, is what counts parallel attempts one by one.
		Counted counted = this.jdbc.sql("""
				select failures, last_failure_at from sign_in_failure where username = ? and client_address = ? for update
				""")
			.params(username, clientAddress)
			.query((row, n) -> new Counted(row.getInt(1), row.getTimestamp(2).toInstant()))
			.single();
		int failures = counted.lastFailureAt().isBefore(now.minus(FORGET_AFTER)) ? 0 : counted.failures();
		Duration delay = delayAfter(failures, usernameFailures);
		// Never below zero: PostgreSQL rounds to the microsecond, and an instance's clock may lag another's.
		Duration elapsed = Duration.between(counted.lastFailureAt(), now);
		elapsed = elapsed.isNegative() ? Duration.ZERO : elapsed;
		if (delay.isPositive() && elapsed.compareTo(delay) < 0) {
			return new Admission(delay.minus(elapsed), failures, usernameFailures);
		}
		this.jdbc.sql("update sign_in_failure set failures = ?, last_failure_at = ? where username = ? and client_address = ?")
			.params(failures + 1, Timestamp.from(now), username, clientAddress)
			.update();
		this.jdbc.sql("""
				insert into login_throttle as t (username, failures, window_start) values (:username, 1, :now)
				on conflict (username) do update set
				  failures = case when t.window_start > :windowStart then t.failures + 1 else 1 end,
				  window_start = case when t.window_start > :windowStart then t.window_start else :now end
				""")
			.param("username", username)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(USERNAME_WINDOW)))
			.update();
		return new Admission(Duration.ZERO, failures + 1, usernameFailures + 1);
	}

	/** How long an address waits after this many failures on a username that had so many from everyone. */
	static Duration delayAfter(int failures, int usernameFailures) {
		int free = (usernameFailures >= USERNAME_CEILING) ? 0 : FREE_FAILURES;
		if (failures < free || failures == 0) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return (delay.compareTo(LONGEST_DELAY) > 0) ? LONGEST_DELAY : delay;
	}

	/** The right password: what this address failed on this username is forgotten, this attempt too. */
	@Transactional
	void succeeded(String clientAddress, String username) {
		this.jdbc.sql("delete from sign_in_failure where username = ? and client_address = ?")
			.params(username, clientAddress)
			.update();
		takeBackFromUsername(username);
	}

	/** An attempt whose password was never checked (the server was busy): it counts for nothing. */
	@Transactional
	void takeBack(String clientAddress, String username) {
		this.jdbc.sql("""
				update sign_in_failure set failures = greatest(failures - 1, 0) where username = ? and client_address = ?
				""").params(username, clientAddress).update();
		takeBackFromUsername(username);
	}

	private void takeBackFromUsername(String username) {
		this.jdbc.sql("update login_throttle set failures = greatest(failures - 1, 0) where username = ?")
			.param(username)
			.update();
	}

	/** Lifts every delay on a username, from every address; says whether there was any. */
	@Transactional
	boolean lift(String username) {
		int pairs = this.jdbc.sql("delete from sign_in_failure where username = ?").param(username).update();
		int counts = this.jdbc.sql("delete from login_throttle where username = ?").param(username).update();
		return pairs + counts > 0;
	}

	/** The usernames some address must wait for now, or that lost their free attempts. */
	Set<String> slowedUsernames() {
		Instant now = this.clock.instant();
		Set<String> slowed = new HashSet<>(this.jdbc.sql("""
				select distinct username from sign_in_failure where failures >= ? and last_failure_at > ?
				""").params(FREE_FAILURES, Timestamp.from(now.minus(FORGET_AFTER))).query(String.class).list());
		slowed.addAll(this.jdbc.sql("select username from login_throttle where failures >= ? and window_start > ?")
			.params(USERNAME_CEILING, Timestamp.from(now.minus(USERNAME_WINDOW)))
			.query(String.class)
			.list());
		return slowed;
	}

	/** Rows of pairs and usernames nobody has tried for a while are no use: guesses would pile up. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@Transactional
	void forgetOldFailures() {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from sign_in_failure where last_failure_at < ?")
			.param(Timestamp.from(now.minus(FORGET_AFTER)))
			.update();
		this.jdbc.sql("delete from login_throttle where window_start < ?")
			.param(Timestamp.from(now.minus(USERNAME_WINDOW)))
			.update();
	}

	/**
	 * An attempt's place in the counts: {@code waitFor} is zero when it was let through.
	 * @param failures this address's failures on this username, this attempt included when let through
	 * @param usernameFailures the username's failures from every address within the window, likewise
	 */
	record Admission(Duration waitFor, int failures, int usernameFailures) {

		boolean admitted() {
			return !this.waitFor.isPositive();
		}

		/**
		 * What this attempt starts once its password is found wrong, for the audit trail to hear of: this
		 * address now waits, or every address lost its free attempts on the username.
		 */
		List<AccountChanged.Change> slowingStartedWhenWrong() {
			List<AccountChanged.Change> started = new ArrayList<>();
			if (this.failures == FREE_FAILURES && this.usernameFailures < USERNAME_CEILING) {
				started.add(AccountChanged.Change.SIGN_IN_SLOWED);
			}
			if (this.usernameFailures == USERNAME_CEILING) {
				started.add(AccountChanged.Change.SIGN_IN_SLOWED_EVERYWHERE);
			}
			return started;
		}

	}

	private record Counted(int failures, Instant lastFailureAt) {
	}

}
