package news.liveblog.live;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/**
 * What to do, once, when a stream's asynchronous response ends, however it ends: completed, timed out,
 * failed, or {@link #run() run} by hand when the stream could not even start.
 */
final class StreamEnd implements AsyncListener, Runnable {

	private final AtomicBoolean ended = new AtomicBoolean();

	private final Runnable then;

	StreamEnd(Runnable then) {
		this.then = then;
	}

	/** Completes the response, unless the container did already (a timeout, an error). */
	static void complete(AsyncContext async) {
		try {
			async.complete();
		}
		catch (IllegalStateException ex) {
			// already completed
		}
	}

	@Override
	public void run() {
		if (this.ended.compareAndSet(false, true)) {
			this.then.run();
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		run();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		run();
	}

	@Override
	public void onError(AsyncEvent event) {
		run();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// not restarted
	}

}
