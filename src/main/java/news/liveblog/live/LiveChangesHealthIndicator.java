package news.liveblog.live;

import news.liveblog.live.ChangeNotifications.Listening;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code liveChanges}: whether this instance hears the changes committed by every
 * instance. It is part of readiness, not liveness: an instance that does not hear them cannot push entries
 * to its readers, and may serve pages from memory that another instance has corrected or retracted since,
 * so it should get no traffic; but restarting it would not bring the database back, and the listener
 * reconnects by itself.
 */
@Component
class LiveChangesHealthIndicator implements HealthIndicator {

	private final ChangeNotifications notifications;

	LiveChangesHealthIndicator(ChangeNotifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public Health health() {
		Listening listening = this.notifications.listening();
		if (listening.up()) {
			return Health.up().withDetail("listeningSince", listening.since().toString()).build();
		}
		return Health.down()
			.withDetail("notListeningSince", listening.since().toString())
			.withDetail("problem", listening.problem())
			.build();
	}

}
