package news.liveblog.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many subscriptions one client address asks for within an hour, counted in PostgreSQL so that the limit
 * holds across instances (the way sign-in failures are counted, account.LoginThrottle). A reader subscribes once
 * per blog; many readers behind one address (an office, a school) still fit under the limit.
 */
@Component
class SubscribeThrottle {

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final PushSettings settings;

	private final Clock clock;

	SubscribeThrottle(JdbcClient jdbc, PushSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Counts this request; says whether the address is still within its limit. */
	boolean admit(String clientAddress) {
		Instant now = this.clock.instant();
		int requests = this.jdbc.sql("""
				insert into push_subscribe_throttle as t (client_address, window_start, requests) values (:address, :now, 1)
				on conflict (client_address) do update set
				  requests = case when t.window_start > :windowStart then t.requests + 1 else 1 end,
				  window_start = case when t.window_start > :windowStart then t.window_start else :now end
				returning requests
				""")
			.param("address", clientAddress)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.query(Integer.class)
			.single();
		return requests <= this.settings.maxSubscriptionsPerAddress();
	}

	/** No address is kept past its window. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void forgetPastWindows() {
		this.jdbc.sql("delete from push_subscribe_throttle where window_start < ?")
			.param(Timestamp.from(this.clock.instant().minus(WINDOW)))
			.update();
	}

}
