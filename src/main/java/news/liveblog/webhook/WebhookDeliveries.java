package news.liveblog.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import news.liveblog.system.DatabaseOutage;
import news.liveblog.system.OutboundHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox, on every instance. PostgreSQL decides who sends what: a poll locks the endpoints it takes
 * ({@code FOR UPDATE SKIP LOCKED}) only long enough to lease each one's oldest pending delivery, so two
 * instances never send one at the same moment, and an endpoint gets one delivery at a time, in change order: a
 * later change waits while an earlier one is retried. No lock is held across the HTTP call: an instance killed
 * mid-delivery lets its lease expire, and another sends the same message again, under the same id. A delivery
 * is marked delivered only after a 2xx.
 * <p>
 * Stopping (the application shutting down) abandons the requests in flight without recording anything, as a
 * kill would: their leases expire and they are sent again.
 */
@Component
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookDeliveries implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDeliveries.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final WebhookSettings settings;

	private final Clock clock;

	private volatile OutboundHttp http;

	private final Semaphore inFlight;

	private ExecutorService senders;

	private volatile boolean running;

	WebhookDeliveries(JdbcClient jdbc, TransactionTemplate transactions, WebhookSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.inFlight = new Semaphore(settings.maxInFlight());
	}

	@Override
	public synchronized void start() {
		this.http = OutboundHttp.start("webhooks-http", this.settings.allowPrivateNetworks(),
				this.settings.connectTimeout());
		this.senders = Executors.newVirtualThreadPerTaskExecutor();
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.senders == null) {
			return;
		}
		this.senders.shutdownNow();
		try {
			this.senders.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.http.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Scheduled(fixedDelayString = "${liveblog.webhooks.poll-interval:PT1S}")
	synchronized void sendDue() {
		if (!this.running || this.inFlight.availablePermits() == 0) {
			return;
		}
		List<Claim> claims;
		try {
			claims = claim(this.inFlight.availablePermits());
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex)) {
				throw ex;
			}
			logger.warn("Webhook deliveries wait for the database: {}", ex.getMessage());
			return;
		}
		for (Claim claim : claims) {
			this.inFlight.acquireUninterruptibly();
			try {
				this.senders.execute(() -> {
					try {
						sendInTurn(claim);
					}
					finally {
						this.inFlight.release();
					}
				});
			}
			catch (RejectedExecutionException ex) {
				// Stopping: the lease expires and another instance, or this one restarted, sends it.
				this.inFlight.release();
			}
		}
	}

	/**
	 * Forgets what need not be kept: rotated secrets that sign no more, deliveries delivered long ago, and
	 * messages nobody is left to get.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetOldDeliveries() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.settings.keepLogFor()));
		try {
			// A rotated secret is kept no longer than it signs.
			this.jdbc.sql("""
					update webhook_endpoint set previous_secret = null, previous_secret_until = null
					where previous_secret_until <= ?
					""").param(Timestamp.from(this.clock.instant())).update();
			this.jdbc.sql("delete from webhook_delivery where status = 'DELIVERED' and delivered_at < ?")
				.param(before)
				.update();
			this.jdbc.sql("""
					delete from webhook_message m where created_at < ?
					and not exists (select 1 from webhook_delivery d where d.message_id = m.id)
					""").param(before).update();
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex)) {
				throw ex;
			}
		}
	}

	/** A delivery this instance holds the lease of, with what it takes to send it. */
	record Claim(long deliveryId, UUID lease, long endpointId, String url, String secret, String previousSecret,
			String messageId, String body) {

		/** The signatures, space-separated: the secret's, and the rotated one's while it still signs. */
		String signature(long timestamp) {
			String signature = WebhookSignature.sign(this.secret, this.messageId, timestamp, this.body);
			return (this.previousSecret == null) ? signature
					: signature + " " + WebhookSignature.sign(this.previousSecret, this.messageId, timestamp, this.body);
		}

	}

	/**
	 * Sends the delivery, then, while each one is delivered, the endpoint's next due one at once: a busy blog's
	 * receiver is not held to one change per poll. After {@code maxInARow} it lets go of its slot, so that a
	 * backlogged endpoint takes its turn with the others instead of keeping it until its queue is empty.
	 */
	private void sendInTurn(Claim first) {
		Claim claim = first;
		try {
			int sent = 0;
			while (claim != null && send(claim) && this.running && ++sent < this.settings.maxInARow()) {
				List<Claim> next = claim(1, claim.endpointId());
				claim = next.isEmpty() ? null : next.getFirst();
			}
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex)) {
				throw ex;
			}
			// What was not recorded is sent again once its lease expires: at least once.
			logger.warn("Webhook delivery {} waits for the database: {}", claim.messageId(), ex.getMessage());
		}
	}

	/**
	 * Leases the oldest pending delivery of up to {@code max} active endpoints whose oldest one is due, the
	 * endpoints that have waited longest first (by when their oldest delivery became due): not the lowest ids,
	 * which would always win the free slots.
	 */
	List<Claim> claim(int max) {
		return claim(max, null);
	}

	/** As {@link #claim(int)}, of that endpoint only, or of any when {@code null}. */
	private List<Claim> claim(int max, Long onlyEndpoint) {
		return this.transactions.execute((status) -> {
			Timestamp now = Timestamp.from(this.clock.instant());
			List<Long> endpoints = this.jdbc.sql("""
					select e.id from webhook_endpoint e
					join lateral (
						select h.id, h.next_attempt_at, h.leased_until from webhook_delivery h
						where h.endpoint_id = e.id and h.status = 'PENDING' order by h.id limit 1
					) head on true
					where e.state = 'ACTIVE' and (cast(? as bigint) is null or e.id = ?)
					and head.next_attempt_at <= ? and (head.leased_until is null or head.leased_until <= ?)
					order by head.next_attempt_at, head.id limit ?
					for update of e skip locked
					""").params(onlyEndpoint, onlyEndpoint, now, now, max).query(Long.class).list();
			List<Claim> claims = new ArrayList<>();
			for (long endpoint : endpoints) {
				// Read again now that the endpoint is locked: another instance may have leased it in between.
				UUID lease = UUID.randomUUID();
				this.jdbc.sql("""
						update webhook_delivery set leased_until = ?, lease_token = ?
						where id = (select min(id) from webhook_delivery where endpoint_id = ? and status = 'PENDING')
						and next_attempt_at <= ? and (leased_until is null or leased_until <= ?)
						""")
					.params(Timestamp.from(now.toInstant().plus(this.settings.lease())), lease, endpoint, now, now)
					.update();
				this.jdbc.sql("""
						select d.id, e.url, e.secret, m.id, m.payload,
						case when e.previous_secret_until > ? then e.previous_secret end
						from webhook_delivery d
						join webhook_endpoint e on e.id = d.endpoint_id join webhook_message m on m.id = d.message_id
						where d.lease_token = ?
						""")
					.params(now, lease)
					.query((rs, row) -> new Claim(rs.getLong(1), lease, endpoint, rs.getString(2), rs.getString(3),
							rs.getString(6), rs.getString(4), rs.getString(5)))
					.optional()
					.ifPresent(claims::add);
			}
			return claims;
		});
	}

	/**
	 * Sends one delivery and records the answer; records nothing if stopped before the answer. Whether it was
	 * delivered.
	 */
	boolean send(Claim claim) {
		long timestamp = this.clock.instant().getEpochSecond();
		Map<String, String> headers = Map.of("Content-Type", "application/json", "User-Agent", "liveblog-webhooks",
				"webhook-id", claim.messageId(), "webhook-timestamp", Long.toString(timestamp), "webhook-signature",
				claim.signature(timestamp));
		OutboundHttp.Outcome outcome;
		try {
			// The address is checked again as it is connected to: its name may have been pointed elsewhere since.
			outcome = this.http.post(URI.create(claim.url()), headers, claim.body().getBytes(StandardCharsets.UTF_8),
					this.settings.requestTimeout());
		}
		catch (InterruptedException ex) {
			// Stopping: nothing is recorded, the lease expires and the delivery is sent again.
			Thread.currentThread().interrupt();
			return false;
		}
		switch (outcome) {
			case OutboundHttp.Answered answered when answered.successful() -> {
				delivered(claim, answered.status());
				return true;
			}
			case OutboundHttp.Answered answered -> failed(claim, answered.status(), null);
			case OutboundHttp.Refused refused -> failed(claim, null, refused.refusal().name());
			case OutboundHttp.Unanswered unanswered -> failed(claim, null, unanswered.timedOut() ? "TIMEOUT" : "UNREACHABLE");
		}
		return false;
	}

	private void delivered(Claim claim, int status) {
		this.transactions.executeWithoutResult((tx) -> {
			Timestamp now = Timestamp.from(this.clock.instant());
			int updated = this.jdbc.sql("""
					update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
					delivered_at = ?, last_status_code = ?, last_error = null, leased_until = null, lease_token = null
					where id = ? and lease_token = ?
					""").params(now, now, status, claim.deliveryId(), claim.lease()).update();
			if (updated > 0) {
				this.jdbc.sql("update webhook_endpoint set failing_since = null where id = ?")
					.param(claim.endpointId())
					.update();
			}
		});
	}

	/**
	 * Puts the delivery back with a later attempt, and pauses its endpoint if it has been failing for long
	 * enough. The delivery stays at the head of the queue: nothing after it goes first.
	 */
	private void failed(Claim claim, Integer status, String error) {
		this.transactions.executeWithoutResult((tx) -> {
			Instant now = this.clock.instant();
			Integer attempts = this.jdbc.sql("""
					update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?, last_status_code = ?,
					last_error = ?, leased_until = null, lease_token = null
					where id = ? and lease_token = ? returning attempts
					""")
				.params(Timestamp.from(now), status, error, claim.deliveryId(), claim.lease())
				.query(Integer.class)
				.optional()
				.orElse(null);
			if (attempts == null) {
				return;
			}
			this.jdbc.sql("update webhook_delivery set next_attempt_at = ? where id = ?")
				.params(Timestamp.from(now.plus(retryAfter(attempts))), claim.deliveryId())
				.update();
			String answer = (status != null) ? "HTTP " + status : error;
			this.jdbc.sql("update webhook_endpoint set failing_since = coalesce(failing_since, ?) where id = ?")
				.params(Timestamp.from(now), claim.endpointId())
				.update();
			this.jdbc.sql("""
					update webhook_endpoint set state = 'PAUSED', paused_at = ?, pause_note = ?
					where id = ? and state = 'ACTIVE' and failing_since <= ?
					""")
				.params(Timestamp.from(now), answer, claim.endpointId(),
						Timestamp.from(now.minus(this.settings.pauseAfter())))
				.update();
			logger.info("Webhook delivery {} to endpoint {} failed ({}), attempt {}", claim.messageId(),
					claim.endpointId(), answer, attempts);
		});
	}

	/** Doubling from the first wait up to the longest, give or take a fifth, so retries of many spread out. */
	Duration retryAfter(int attempts) {
		long longest = this.settings.maxRetryAfter().toMillis();
		long millis = this.settings.firstRetryAfter().toMillis();
		for (int attempt = 1; attempt < attempts && millis < longest; attempt++) {
			millis *= 2;
		}
		millis = Math.min(millis, longest);
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis((long) (millis * jitter));
	}

}
