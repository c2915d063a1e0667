package news.liveblog.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's ear on the database: one connection of its own (outside the pool, autocommit) that
 * LISTENs for committed changes from every instance and hands them to {@link LiveStreams}, and for what
 * other modules send on channels of their own ({@link NotificationChannel}), which it hands to them: one
 * listening connection per instance, however many channels.
 * <p>
 * It polls with a finite timeout, checks the connection while idle, and after any failure reconnects
 * with back-off; after every (re)connect it catches every open stream up from the change table, so
 * nothing committed while it was deaf is missed.
 */
@Component
public class ChangeNotifications implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeNotifications.class);

	private static final int POLL_MILLIS = 5_000;

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	/** What PostgreSQL reports as an unquoted channel's name, and so safe to write into LISTEN as it is. */
	private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private final JdbcConnectionDetails database;

	private final LiveStreams streams;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<NotificationChannel> channels;

	private volatile boolean running;

	private volatile Listening state;

	private volatile Connection connection;

	private Thread thread;

	ChangeNotifications(JdbcConnectionDetails database, LiveStreams streams, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<NotificationChannel> channels) {
		this.database = database;
		this.streams = streams;
		this.events = events;
		this.clock = clock;
		this.channels = channels.orderedStream().toList();
		for (NotificationChannel channel : this.channels) {
			if (!CHANNEL_NAME.matcher(channel.name()).matches() || channel.name().equals(ChangeLog.CHANNEL)) {
				throw new IllegalStateException("Cannot listen on a channel named " + channel.name());
			}
		}
		this.state = Listening.deaf(clock.instant(), "not connected yet");
	}

	/** Whether the listening connection is up: readers on this instance get changes live. */
	public boolean isListening() {
		return this.state.up();
	}

	/** Whether the listening connection is up, since when, and what went wrong last if it is not. */
	Listening listening() {
		return this.state;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("live-listener").daemon().start(this::listen);
	}

	@Override
	public void stop() {
		this.running = false;
		closeQuietly(this.connection);
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Duration backoff = Duration.ofMillis(250);
		while (this.running) {
			try (Connection listener = connect()) {
				this.connection = listener;
				try (Statement statement = listener.createStatement()) {
					statement.execute("LISTEN " + ChangeLog.CHANNEL);
					for (NotificationChannel channel : this.channels) {
						statement.execute("LISTEN " + channel.name());
					}
				}
				// Whatever committed while nobody listened is unknown: everything made from content is in doubt. Said
				// before this instance counts as listening, so that what is made once it does (the pages rendered
				// before it reports ready) is never thrown away by this.
				this.events.publishEvent(LiveBlogChangeCommitted.anyBlog());
				this.state = new Listening(true, this.clock.instant(), null);
				backoff = Duration.ofMillis(250);
				logger.info("Listening for live changes");
				this.streams.catchUpAll();
				this.channels.forEach(NotificationChannel::listening);
				PGConnection notifications = listener.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
					if (received == null || received.length == 0) {
						// Quiet: make sure the connection is alive, not silently gone.
						if (!listener.isValid(2)) {
							throw new SQLException("The listening connection stopped answering");
						}
						continue;
					}
					for (PGNotification notification : received) {
						if (notification.getName().equals(ChangeLog.CHANNEL)) {
							LiveBlogChangeCommitted change = parse(notification.getParameter());
							this.events.publishEvent(change);
							this.streams.changed(change.liveBlogId());
						}
						else {
							handOn(notification);
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					logger.warn("Live changes: lost the database connection ({}); reconnecting in {} ms",
							ex.getMessage(), backoff.toMillis());
				}
				lost(!this.running ? "stopped" : (ex.getMessage() != null) ? ex.getMessage() : ex.toString());
			}
			finally {
				if (this.state.up()) {
					// Left the loop without a failure: stopping.
					this.state = Listening.deaf(this.clock.instant(), "stopped");
				}
				this.connection = null;
			}
			if (this.running && !pause(backoff)) {
				return;
			}
			backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
		}
	}

	/** To the channel it was sent on; what it does wrong is its own trouble, not the connection's. */
	private void handOn(PGNotification notification) {
		for (NotificationChannel channel : this.channels) {
			if (channel.name().equals(notification.getName())) {
				try {
					channel.received(notification.getParameter());
				}
				catch (RuntimeException ex) {
					logger.warn("Channel {} could not take a notification: {}", channel.name(), ex.toString());
				}
			}
		}
	}

	/** An outage dates from its first failure; the problem reported is the latest (a failed reconnect's). */
	private void lost(String problem) {
		Listening before = this.state;
		this.state = Listening.deaf(before.up() ? this.clock.instant() : before.since(), problem);
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", "liveblog-listener");
		properties.setProperty("connectTimeout", "5");
		Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	/** The payload is "blogId:changeNumber:KIND" (see ChangeLog). */
	private static LiveBlogChangeCommitted parse(String payload) {
		String[] parts = payload.split(":");
		return new LiveBlogChangeCommitted(Long.valueOf(parts[0]), Long.parseLong(parts[1]),
				parts.length > 2 && parts[2].equals(ChangeKind.ENTRY_PUBLISHED.name()));
	}

	private static boolean pause(Duration duration) {
		try {
			Thread.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * @param up whether changes are being heard
	 * @param since when it started listening, or when it stopped
	 * @param problem why it is not listening, {@code null} while it is
	 */
	record Listening(boolean up, Instant since, String problem) {

		static Listening deaf(Instant since, String problem) {
			return new Listening(false, since, problem);
		}

	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
	}

}
