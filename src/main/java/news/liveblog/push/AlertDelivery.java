package news.liveblog.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.interaso.webpush.WebPush;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.system.OutboundAddress;
import news.liveblog.system.OutboundHttp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the alerts, on every instance. Two steps, each a short statement or transaction, none held while a
 * push service answers: an alert is handed out to its blog's subscriptions a batch at a time (one delivery row
 * each, the alert's cursor moved on), and due deliveries are taken a batch at a time, each pushed forward by a
 * lease, then sent in parallel. An instance killed mid-send leaves its deliveries due again when the lease
 * runs out, so none is lost (a browser may then get one twice, and shows it once: same tag). Rows are taken
 * with {@code FOR UPDATE SKIP LOCKED}, so instances share the work without waiting on each other.
 */
@Component
class AlertDelivery {

	private static final Logger logger = LoggerFactory.getLogger(AlertDelivery.class);

	/** Subscriptions handed an alert per transaction. */
	static final int HAND_OUT_BATCH = 1000;

	/** Deliveries sent at once. */
	static final int SEND_BATCH = 100;

	/** One run stops taking more work after this long, so that a million subscriptions do not hold its thread. */
	private static final Duration RUN_BUDGET = Duration.ofSeconds(30);

	private static final Duration LONGEST_RETRY_DELAY = Duration.ofHours(1);

	/** Alerts given up on in a row after which a subscription is deleted. */
	static final int FAILURES_BEFORE_FORGETTING = 10;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ServerKeys keys;

	private final PushSettings settings;

	private final Clock clock;

	private final OutboundHttp http;

	AlertDelivery(JdbcClient jdbc, TransactionTemplate transactions, ServerKeys keys, PushSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keys = keys;
		this.settings = settings;
		this.clock = clock;
		this.http = OutboundHttp.start("push-http", settings.allowPrivateNetworks(), settings.timeout());
	}

	@PreDestroy
	void stop() {
		this.http.close();
	}

	@Scheduled(fixedDelayString = "${liveblog.push.poll-every:PT1S}", initialDelayString = "${liveblog.push.poll-every:PT1S}")
	void run() {
		Instant stopAt = Instant.now().plus(RUN_BUDGET);
		while (handOut() && Instant.now().isBefore(stopAt)) {
			// Each batch in its own transaction.
		}
		while (sendDue() == SEND_BATCH && Instant.now().isBefore(stopAt)) {
			// Each batch taken by one statement.
		}
	}

	/** Hands the oldest unfinished alert (that no other instance is handing out) to its next subscriptions. */
	boolean handOut() {
		Boolean handedOut = this.transactions.execute((status) -> {
			List<Alert> alerts = this.jdbc.sql("""
					select id, live_blog_id, handed_out_to from push_alert where finished_at is null
					order by id limit 1 for update skip locked
					""").query((row, n) -> new Alert(row.getLong(1), row.getLong(2), row.getLong(3))).list();
			if (alerts.isEmpty()) {
				return false;
			}
			Alert alert = alerts.getFirst();
			Instant now = this.clock.instant();
			// The insert runs whether or not the select reads it (PostgreSQL runs every data-changing WITH).
			Batch batch = this.jdbc.sql("""
					with batch as (
					    select id from push_subscription where live_blog_id = ? and id > ? order by id limit ?
					), handed as (
					    insert into push_delivery (alert_id, subscription_id, next_attempt_at)
					    select ?, id, ? from batch on conflict do nothing
					)
					select count(*), coalesce(max(id), 0) from batch
					""")
				.params(alert.liveBlogId(), alert.handedOutTo(), HAND_OUT_BATCH, alert.id(), Timestamp.from(now))
				.query((row, n) -> new Batch(row.getInt(1), row.getLong(2)))
				.single();
			if (batch.size() < HAND_OUT_BATCH) {
				this.jdbc.sql("update push_alert set handed_out_to = greatest(handed_out_to, ?), finished_at = ? where id = ?")
					.params(batch.lastId(), Timestamp.from(now), alert.id())
					.update();
			}
			else {
				this.jdbc.sql("update push_alert set handed_out_to = ? where id = ?").params(batch.lastId(), alert.id()).update();
			}
			return true;
		});
		return Boolean.TRUE.equals(handedOut);
	}

	/** Takes the deliveries due (a lease on each, in one statement), sends them, and records each outcome. */
	int sendDue() {
		Instant now = this.clock.instant();
		List<Delivery> due = this.jdbc.sql("""
				with due as (
				    select alert_id, subscription_id from push_delivery where next_attempt_at <= ?
				    order by next_attempt_at limit ? for update skip locked
				)
				update push_delivery d set next_attempt_at = ?, attempts = d.attempts + 1
				from due, push_alert a, push_subscription s
				where d.alert_id = due.alert_id and d.subscription_id = due.subscription_id
				  and a.id = d.alert_id and s.id = d.subscription_id
				returning d.alert_id, d.subscription_id, d.attempts, a.entry_id, a.payload, s.endpoint, s.p256dh, s.auth
				""")
			.params(Timestamp.from(now), SEND_BATCH, Timestamp.from(now.plus(lease())))
			.query((row, n) -> new Delivery(row.getLong(1), row.getLong(2), row.getInt(3), row.getLong(4),
					row.getString(5), row.getString(6), row.getString(7), row.getString(8)))
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		try (ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> sent = new ArrayList<>();
			for (Delivery delivery : due) {
				sent.add(sending.submit(() -> record(delivery, send(delivery))));
			}
			for (Future<?> each : sent) {
				try {
					each.get();
				}
				catch (Exception ex) {
					// One delivery's failure to record is logged; its lease runs out and it is tried again.
					logger.warn("Could not record a push delivery's outcome", ex);
				}
			}
		}
		return due.size();
	}

	/** Long enough for a whole batch to be sent, each request within its timeout, with a lookup before it. */
	private Duration lease() {
		return this.settings.timeout().multipliedBy(3).plusSeconds(30);
	}

	Outcome send(Delivery delivery) {
		URI endpoint;
		try {
			endpoint = URI.create(delivery.endpoint());
		}
		catch (IllegalArgumentException ex) {
			return Outcome.refused("not an address");
		}
		WebPush webPush = this.keys.webPush();
		byte[] body = webPush.getBody(delivery.payload().getBytes(StandardCharsets.UTF_8),
				PushSubscriptions.decoded(delivery.p256dh()), PushSubscriptions.decoded(delivery.auth()));
		Map<String, String> headers = webPush.getHeaders(delivery.endpoint(),
				(int) this.settings.timeToLive().toSeconds(), KeyEventAlerts.topic(delivery.entryId()),
				WebPush.Urgency.High);
		try {
			// The address is checked again as it is connected to: the name may not resolve where it did.
			return switch (this.http.post(endpoint, headers, body, this.settings.timeout())) {
				case OutboundHttp.Answered answered ->
					Outcome.of(answered.status(), answered.header("Retry-After").orElse(null));
				// A name that does not resolve now may again soon (a lookup that failed): worth another try.
				case OutboundHttp.Refused refused when refused.refusal() == OutboundAddress.Refusal.UNKNOWN_HOST ->
					Outcome.unanswered("unknown host");
				case OutboundHttp.Refused refused -> Outcome.refused(refused.refusal().name());
				case OutboundHttp.Unanswered unanswered -> Outcome.unanswered(unanswered.detail());
			};
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.unanswered("interrupted");
		}
	}

	void record(Delivery delivery, Outcome outcome) {
		Instant now = this.clock.instant();
		switch (outcome.kind()) {
			case SENT -> this.transactions.executeWithoutResult((status) -> {
				deleteDelivery(delivery);
				this.jdbc.sql("update push_subscription set last_success_at = ?, failures = 0 where id = ?")
					.params(Timestamp.from(now), delivery.subscriptionId())
					.update();
			});
			case GONE -> this.jdbc.sql("delete from push_subscription where id = ?").param(delivery.subscriptionId()).update();
			case RETRY -> {
				if (delivery.attempts() > this.settings.retries()) {
					giveUp(delivery, outcome);
				}
				else {
					this.jdbc.sql("update push_delivery set next_attempt_at = ? where alert_id = ? and subscription_id = ?")
						.params(Timestamp.from(now.plus(retryDelay(delivery.attempts(), outcome.retryAfter()))),
								delivery.alertId(), delivery.subscriptionId())
						.update();
				}
			}
			case REFUSED -> giveUp(delivery, outcome);
		}
	}

	/** The first retry after {@code firstRetryAfter}, each next one twice as late, or later if the push service asks. */
	Duration retryDelay(int attempts, Duration askedFor) {
		Duration delay = this.settings.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
		if (askedFor != null && askedFor.compareTo(delay) > 0) {
			delay = askedFor;
		}
		return (delay.compareTo(LONGEST_RETRY_DELAY) > 0) ? LONGEST_RETRY_DELAY : delay;
	}

	private void giveUp(Delivery delivery, Outcome outcome) {
		logger.info("Gave up on a push alert to subscription {} after {} attempt(s): {}", delivery.subscriptionId(),
				delivery.attempts(), outcome.detail());
		this.transactions.executeWithoutResult((status) -> {
			deleteDelivery(delivery);
			this.jdbc.sql("update push_subscription set failures = failures + 1 where id = ?")
				.param(delivery.subscriptionId())
				.update();
			// A browser no alert has reached for so long is as good as gone, though its push service never said so.
			this.jdbc.sql("delete from push_subscription where id = ? and failures >= ?")
				.params(delivery.subscriptionId(), FAILURES_BEFORE_FORGETTING)
				.update();
		});
	}

	private void deleteDelivery(Delivery delivery) {
		this.jdbc.sql("delete from push_delivery where alert_id = ? and subscription_id = ?")
			.params(delivery.alertId(), delivery.subscriptionId())
			.update();
	}

	/** Finished alerts are of no use once a week has passed: no push service keeps one that long (TTL). */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetFinishedAlerts() {
		this.jdbc.sql("delete from push_alert where finished_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(7))))
			.update();
	}

	private record Alert(long id, long liveBlogId, long handedOutTo) {
	}

	private record Batch(int size, long lastId) {
	}

	record Delivery(long alertId, long subscriptionId, int attempts, long entryId, String payload, String endpoint,
			String p256dh, String auth) {
	}

	/** What became of one request to a push service (RFC 8030 section 5 and 6.2). */
	record Outcome(Kind kind, String detail, Duration retryAfter) {

		enum Kind {

			SENT, GONE, RETRY, REFUSED

		}

		static Outcome of(int status, String retryAfter) {
			if (status >= 200 && status < 300) {
				return new Outcome(Kind.SENT, String.valueOf(status), null);
			}
			if (status == 404 || status == 410) {
				return new Outcome(Kind.GONE, String.valueOf(status), null);
			}
			if (status == 429 || status >= 500) {
				return new Outcome(Kind.RETRY, String.valueOf(status), seconds(retryAfter));
			}
			// 400 (malformed), 401 and 403 (our VAPID signature refused), 413 (too large): trying again changes nothing.
			return new Outcome(Kind.REFUSED, "HTTP " + status, null);
		}

		static Outcome unanswered(String detail) {
			return new Outcome(Kind.RETRY, detail, null);
		}

		static Outcome refused(String detail) {
			return new Outcome(Kind.REFUSED, detail, null);
		}

		private static Duration seconds(String retryAfter) {
			if (retryAfter == null || !retryAfter.strip().matches("\\d{1,6}")) {
				return null;
			}
			return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
		}

	}

}
