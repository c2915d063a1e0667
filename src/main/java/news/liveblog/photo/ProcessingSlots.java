package news.liveblog.photo;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many uploads this instance decodes and resizes at once. Each one holds a decoded image (tens of
 * megabytes) and a core for a second or so: without a bound, a newsroom's burst of uploads would take every
 * core from the readers and could run the heap out. One more waits a moment for a slot, then is told to try
 * again in a few seconds (503).
 */
@Component
class ProcessingSlots {

	private final Semaphore slots;

	private final Duration waitForSlot;

	ProcessingSlots(@Value("${liveblog.photos.max-concurrent-processing:2}") int slots,
			@Value("${liveblog.photos.wait-for-processing-slot:PT2S}") Duration waitForSlot) {
		this.slots = new Semaphore(slots, true);
		this.waitForSlot = waitForSlot;
	}

	<T> T run(Supplier<T> work) {
		if (!tryAcquire()) {
			throw new PhotosBusyException();
		}
		try {
			return work.get();
		}
		finally {
			this.slots.release();
		}
	}

	boolean tryAcquire() {
		try {
			return this.slots.tryAcquire(this.waitForSlot.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		this.slots.release();
	}

	int available() {
		return this.slots.availablePermits();
	}

}
