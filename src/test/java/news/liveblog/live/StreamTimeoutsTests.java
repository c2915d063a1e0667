package news.liveblog.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streams served by Jetty are ended after their timeout by one sweep: each when its own time is up, in the
 * order they opened, and never one that ended before.
 */
class StreamTimeoutsTests {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final AtomicLong now = new AtomicLong();

	private final StreamTimeouts timeouts = new StreamTimeouts(TIMEOUT, this.now::get);

	/** Never started: it runs nothing, and the test sweeps by hand as the clock moves. */
	private final Scheduler byHand = new ScheduledExecutorScheduler();

	private final List<String> ended = new ArrayList<>();

	@Test
	void eachStreamEndsOnceItsOwnTimeIsUpAndOneThatLeftNeverDoes() {
		start("first");
		advance(Duration.ofMinutes(1));
		StreamTimeouts.Timeout second = start("second");
		advance(Duration.ofMinutes(1));
		start("third");
		second.cancel();

		advance(Duration.ofMinutes(28).plusSeconds(30));
		assertThat(this.timeouts.sweep(this.byHand)).isEqualTo(1);
		assertThat(this.ended).containsExactly("first");

		advance(Duration.ofMinutes(1));
		this.timeouts.sweep(this.byHand);
		assertThat(this.ended).containsExactly("first");

		advance(Duration.ofMinutes(1));
		this.timeouts.sweep(this.byHand);
		assertThat(this.ended).containsExactly("first", "third");
	}

	@Test
	void aStreamOpenedOnceAllOthersEndedIsStillTimedOut() {
		start("first");
		advance(TIMEOUT.plus(this.timeouts.slack));
		this.timeouts.sweep(this.byHand);

		start("later");
		advance(TIMEOUT.minusSeconds(1));
		this.timeouts.sweep(this.byHand);
		assertThat(this.ended).containsExactly("first");
		advance(Duration.ofSeconds(1));
		this.timeouts.sweep(this.byHand);
		assertThat(this.ended).containsExactly("first", "later");
	}

	@Test
	void cancellingTwiceOrAfterTheEndChangesNothing() {
		StreamTimeouts.Timeout first = start("first");
		StreamTimeouts.Timeout second = start("second");
		first.cancel();
		first.cancel();
		advance(TIMEOUT);
		this.timeouts.sweep(this.byHand);
		second.cancel();
		assertThat(this.ended).containsExactly("second");
	}

	private StreamTimeouts.Timeout start(String stream) {
		return this.timeouts.start(() -> this.ended.add(stream), this.byHand);
	}

	private void advance(Duration by) {
		this.now.addAndGet(by.toNanos());
	}

}
