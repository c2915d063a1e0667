package news.liveblog.webhook;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed delivery waits 30 s, then twice as long each time up to an hour, give or take a fifth. */
class RetryBackOffTests {

	private final WebhookDeliveries deliveries = new WebhookDeliveries(null, null,
			new WebhookSettings(false, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofHours(1),
					Duration.ofDays(1), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1), 16, 20,
					Duration.ofDays(30)),
			Clock.systemUTC());

	@RepeatedTest(20)
	void doublesFromThirtySecondsUpToAnHourWithJitter() {
		assertAround(this.deliveries.retryAfter(1), Duration.ofSeconds(30));
		assertAround(this.deliveries.retryAfter(2), Duration.ofMinutes(1));
		assertAround(this.deliveries.retryAfter(3), Duration.ofMinutes(2));
		assertAround(this.deliveries.retryAfter(7), Duration.ofMinutes(32));
		assertAround(this.deliveries.retryAfter(8), Duration.ofHours(1));
		assertAround(this.deliveries.retryAfter(200), Duration.ofHours(1));
	}

	private static void assertAround(Duration actual, Duration expected) {
		assertThat(actual).isBetween(expected.multipliedBy(4).dividedBy(5), expected.multipliedBy(6).dividedBy(5));
	}

}
