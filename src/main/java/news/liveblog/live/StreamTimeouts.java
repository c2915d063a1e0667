package news.liveblog.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Ends the streams served by Jetty ({@link LiveStreamHandler}) once they have been open for their timeout, all
 * of them by one sweep rather than each by a task of its own on Jetty's scheduler. Every stream has the same
 * timeout, so the order in which they opened is the order in which they are due: they wait in a list in that
 * order, an arriving stream joins its end and a stream that ends otherwise leaves it, each in a few
 * assignments under one lock; the sweep ends those at its head that are due. A task of its own per stream was
 * a heap insert and removal on the scheduler's queue, under its lock, for each of the ten thousand readers of
 * an arrival storm.
 * <p>
 * The sweep runs only while there are streams, a little after the first of them is due, so that the streams
 * that arrived around the same time end in one sweep: each stream ends at most {@link #slack} after its
 * timeout.
 */
final class StreamTimeouts {

	/** The most a stream outlives its timeout: a tenth of it, and never more than a second. */
	final Duration slack;

	private final long timeoutNanos;

	private final long slackNanos;

	private final LongSupplier nanoClock;

	/** The head and the tail of the list at once (a ring): {@code first.next} is due first. */
	private final Timeout first = new Timeout(null, 0);

	/** Whether a sweep is scheduled; guarded by {@link #first}, as the list is. */
	private boolean sweeping;

	StreamTimeouts(Duration timeout) {
		this(timeout, System::nanoTime);
	}

	StreamTimeouts(Duration timeout, LongSupplier nanoClock) {
		this.timeoutNanos = timeout.toNanos();
		this.slackNanos = Math.max(1, Math.min(TimeUnit.SECONDS.toNanos(1), this.timeoutNanos / 10));
		this.slack = Duration.ofNanos(this.slackNanos);
		this.nanoClock = nanoClock;
		this.first.previous = this.first;
		this.first.next = this.first;
	}

	/**
	 * Runs {@code onTimeout} once the stream's time is up, unless the returned timeout is cancelled first.
	 * @param scheduler where the sweep runs, when none is scheduled yet
	 */
	Timeout start(Runnable onTimeout, Scheduler scheduler) {
		boolean sweepNow;
		Timeout timeout;
		synchronized (this.first) {
			// Taken under the lock, so that the list stays in the order the streams are due.
			timeout = new Timeout(onTimeout, this.nanoClock.getAsLong() + this.timeoutNanos);
			timeout.previous = this.first.previous;
			timeout.next = this.first;
			this.first.previous.next = timeout;
			this.first.previous = timeout;
			sweepNow = !this.sweeping;
			this.sweeping = true;
		}
		if (sweepNow) {
			schedule(scheduler, this.timeoutNanos + this.slackNanos);
		}
		return timeout;
	}

	/**
	 * Ends the streams that are due, and schedules the next sweep if any stream is left; what the scheduled
	 * sweep runs. Returns how many it ended.
	 */
	int sweep(Scheduler scheduler) {
		List<Runnable> due = new ArrayList<>();
		long next = -1;
		synchronized (this.first) {
			long now = this.nanoClock.getAsLong();
			Timeout head;
			while ((head = this.first.next) != this.first && head.deadline - now <= 0) {
				head.unlink();
				due.add(head.onTimeout);
			}
			if (head == this.first) {
				this.sweeping = false;
			}
			else {
				next = head.deadline - now + this.slackNanos;
			}
		}
		if (next >= 0) {
			schedule(scheduler, next);
		}
		// Outside the lock: ending a stream writes to its connection, and streams arrive and leave meanwhile.
		for (Runnable end : due) {
			end.run();
		}
		return due.size();
	}

	private void schedule(Scheduler scheduler, long delayNanos) {
		// A stopped scheduler runs nothing: the server is stopping, and ends every stream itself.
		scheduler.schedule(() -> sweep(scheduler), delayNanos, TimeUnit.NANOSECONDS);
	}

	/** One stream's place in the list. */
	final class Timeout {

		private final Runnable onTimeout;

		private final long deadline;

		/** Both {@code null} once out of the list; guarded by the list's lock. */
		private Timeout previous;

		private Timeout next;

		private Timeout(Runnable onTimeout, long deadline) {
			this.onTimeout = onTimeout;
			this.deadline = deadline;
		}

		/** The stream ended otherwise: it leaves the list (once; later calls do nothing). */
		void cancel() {
			synchronized (StreamTimeouts.this.first) {
				unlink();
			}
		}

		private void unlink() {
			if (this.next != null) {
				this.previous.next = this.next;
				this.next.previous = this.previous;
				this.previous = null;
				this.next = null;
			}
		}

	}

}
