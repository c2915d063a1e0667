package news.liveblog.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.system.OutboundAddress;
import news.liveblog.webhook.WebhookEndpointChanged.Change;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A blog's webhook endpoints, as admins manage them, and their delivery logs. */
@Service
@Transactional(readOnly = true)
class Webhooks {

	static final int MAX_URL_LENGTH = 2000;

	static final int LOG_PAGE_SIZE = 50;

	/** How long a rotated secret still signs, beside the new one. */
	static final Duration PREVIOUS_SECRET_SIGNS_FOR = Duration.ofHours(24);

	private static final String ENDPOINT_COLUMNS = """
			e.id, e.live_blog_id, e.url, e.description, e.state, e.paused_at, e.pause_note, e.failing_since,
			e.created_by, e.created_at,
			(select max(d.delivered_at) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'DELIVERED'),
			(select count(*) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'PENDING')
			""";

	private final JdbcClient jdbc;

	private final WebhookOutbox outbox;

	private final WebhookSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Webhooks(JdbcClient jdbc, WebhookOutbox outbox, WebhookSettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	List<WebhookEndpoint> endpoints(long liveBlogId) {
		return this.jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint e where e.live_blog_id = ? order by e.id")
			.param(liveBlogId)
			.query(Webhooks::endpoint)
			.list();
	}

	Optional<WebhookEndpoint> endpoint(long liveBlogId, long endpointId) {
		return this.jdbc
			.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint e where e.live_blog_id = ? and e.id = ?")
			.params(liveBlogId, endpointId)
			.query(Webhooks::endpoint)
			.optional();
	}

	/**
	 * Why the address may not be an endpoint, as a message code, if it may not: not {@code https://} (or
	 * {@code http://} where private networks are allowed), a private address, a name that does not resolve.
	 * The same rule is checked again before every delivery. Outside any transaction: the name's lookup can take
	 * seconds, and holds no database connection meanwhile.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Optional<String> refusal(String url) {
		URI address;
		try {
			address = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.of(notHttps());
		}
		return OutboundAddress.refusal(address, this.settings.allowPrivateNetworks()).map((refusal) -> switch (refusal) {
			case NOT_HTTPS -> notHttps();
			case UNKNOWN_HOST -> "webhooks.url.unknownHost";
			case PRIVATE_NETWORK -> "webhooks.url.privateNetwork";
		});
	}

	private String notHttps() {
		return this.settings.allowPrivateNetworks() ? "webhooks.url.notHttpOrHttps" : "webhooks.url.notHttps";
	}

	/**
	 * Adds an endpoint, active at once, and gives its secret: the only time it is told.
	 *
	 * @throws EndpointTakenException if the blog has an endpoint at that address already
	 */
	@Transactional
	NewSecret add(LiveBlog blog, String url, String description, Actor by) {
		String secret = WebhookSignature.newSecret();
		String address = url.strip();
		try {
			long id = this.jdbc.sql("""
					insert into webhook_endpoint (live_blog_id, url, description, secret, state, created_by, created_at)
					values (?, ?, ?, ?, 'ACTIVE', ?, ?) returning id
					""")
				.params(blog.getId(), address, (description != null) ? description.strip() : "", secret, by.name(),
						Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
			this.events.publishEvent(new WebhookEndpointChanged(by, blog.getId(), Change.ADDED, address));
			return new NewSecret(id, secret);
		}
		catch (DuplicateKeyException ex) {
			throw new EndpointTakenException();
		}
	}

	/** The endpoint's secret, just given: shown once, then never again. */
	record NewSecret(long endpointId, String secret) {
	}

	/** The blog has an endpoint at that address already. */
	static class EndpointTakenException extends RuntimeException {

	}

	/**
	 * A new secret for the endpoint, which signs every delivery from now on (retries included); the one it
	 * replaces signs too, beside it, for {@link #PREVIOUS_SECRET_SIGNS_FOR}, while the receiver switches.
	 */
	@Transactional
	Optional<NewSecret> rotate(long liveBlogId, long endpointId, Actor by) {
		String secret = WebhookSignature.newSecret();
		return this.jdbc.sql("""
				update webhook_endpoint set previous_secret = secret, previous_secret_until = ?, secret = ?
				where live_blog_id = ? and id = ? returning url
				""")
			.params(Timestamp.from(this.clock.instant().plus(PREVIOUS_SECRET_SIGNS_FOR)), secret, liveBlogId,
					endpointId)
			.query(String.class)
			.optional()
			.map((url) -> {
				this.events.publishEvent(new WebhookEndpointChanged(by, liveBlogId, Change.SECRET_ROTATED, url));
				return new NewSecret(endpointId, secret);
			});
	}

	/** Stops sending to it; what is pending waits, and later changes are queued behind it until a resume. */
	@Transactional
	boolean pause(long liveBlogId, long endpointId, Actor by) {
		return this.jdbc.sql("""
				update webhook_endpoint set state = 'PAUSED', paused_at = ?, pause_note = null
				where live_blog_id = ? and id = ? and state = 'ACTIVE' returning url
				""")
			.params(Timestamp.from(this.clock.instant()), liveBlogId, endpointId)
			.query(String.class)
			.optional()
			.map((url) -> changed(by, liveBlogId, Change.PAUSED, url))
			.orElse(false);
	}

	/**
	 * Sends to it again: its pending deliveries at once, in order, then every later change. Its failures are
	 * counted afresh, or one more would pause it again at once.
	 */
	@Transactional
	boolean resume(long liveBlogId, long endpointId, Actor by) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Optional<String> resumed = this.jdbc.sql("""
				update webhook_endpoint set state = 'ACTIVE', paused_at = null, pause_note = null, failing_since = null
				where live_blog_id = ? and id = ? and state = 'PAUSED' returning url
				""").params(liveBlogId, endpointId).query(String.class).optional();
		// Only a retry's later time is brought forward: the others keep theirs (when their change was made), by
		// which the endpoints that have waited longest are sent to first.
		resumed.ifPresent((url) -> this.jdbc.sql("""
				update webhook_delivery set next_attempt_at = ?
				where endpoint_id = ? and status = 'PENDING' and next_attempt_at > ?
				""").params(now, endpointId, now).update());
		return resumed.map((url) -> changed(by, liveBlogId, Change.RESUMED, url)).orElse(false);
	}

	/** Deletes the endpoint with its deliveries, pending ones too. */
	@Transactional
	boolean delete(long liveBlogId, long endpointId, Actor by) {
		return this.jdbc.sql("delete from webhook_endpoint where live_blog_id = ? and id = ? returning url")
			.params(liveBlogId, endpointId)
			.query(String.class)
			.optional()
			.map((url) -> changed(by, liveBlogId, Change.DELETED, url))
			.orElse(false);
	}

	/** Queues a {@code webhook.test} message for that endpoint, sent in its turn like any other. */
	@Transactional
	boolean sendTest(LiveBlog blog, long endpointId) {
		if (endpoint(blog.getId(), endpointId).isEmpty()) {
			return false;
		}
		this.outbox.test(blog, endpointId);
		return true;
	}

	/** A page of the endpoint's deliveries, newest first; {@code before} is the last id of the page before. */
	List<WebhookDelivery> log(long endpointId, Long before, int limit) {
		return this.jdbc.sql("""
				select d.id, d.message_id, d.created_at, m.type, m.change_seq, d.status, d.attempts, d.last_status_code,
				d.last_error, d.last_attempt_at, d.next_attempt_at, d.delivered_at
				from webhook_delivery d join webhook_message m on m.id = d.message_id
				where d.endpoint_id = ? and d.id < ? order by d.id desc limit ?
				""")
			.params(endpointId, (before != null) ? before : Long.MAX_VALUE, limit)
			.query((rs, row) -> new WebhookDelivery(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getString(4),
					rs.getObject(5, Long.class), rs.getString(6).equals("DELIVERED"), rs.getInt(7),
					rs.getObject(8, Integer.class), rs.getString(9), instant(rs, 10), instant(rs, 11), instant(rs, 12)))
			.list();
	}

	private boolean changed(Actor by, long liveBlogId, Change change, String url) {
		this.events.publishEvent(new WebhookEndpointChanged(by, liveBlogId, change, url));
		return true;
	}

	private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
		return new WebhookEndpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getString(5).equals("PAUSED"), instant(rs, 6), rs.getString(7), instant(rs, 8), rs.getString(9),
				instant(rs, 10), instant(rs, 11), rs.getInt(12));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

}
