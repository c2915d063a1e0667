package news.liveblog.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;

/**
 * One open page's stream, on the servlet's own asynchronous response: events are written as the bytes
 * they already are, with nothing built per reader.
 * <p>
 * Events wait in a small queue of the reader's own and are written by a virtual thread of its own, so a
 * reader whose network stalls holds up nobody else; when its queue is full it is dropped, and its
 * browser reconnects and resumes from its last event id.
 */
final class LiveReader {

	/** Events one reader may fall behind by before it is dropped. */
	static final int QUEUE_CAPACITY = 256;

	/** How long a browser waits before reconnecting (the stream's {@code retry:}). */
	static final long RECONNECT_MILLIS = 3_000;

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

	private final Consumer<LiveReader> onClose;

	private volatile boolean open = true;

	/** The newest change this reader was sent: nothing at or below it is sent again. */
	private long lastSent;

	LiveReader(AsyncContext async, long since, Consumer<LiveReader> onClose) throws IOException {
		this.async = async;
		this.out = async.getResponse().getOutputStream();
		this.lastSent = since;
		this.onClose = onClose;
		async.addListener(new StreamEnd(this::close));
	}

	/**
	 * The stream's first lines, written on the request's own thread before any other thread writes: the
	 * response is then committed (its headers written) by that thread alone, never concurrently with the
	 * rest of the request's processing.
	 */
	void greet() throws IOException {
		write(LiveEvent.greeting(RECONNECT_MILLIS));
	}

	/** Hands an event over without ever blocking the caller; a reader this far behind is dropped. */
	void offer(LiveEvent event) {
		if (this.open && !this.queue.offer(event)) {
			close();
		}
	}

	/**
	 * Sends what the reader missed, then whatever comes. Runs on the reader's own virtual thread.
	 * @param missed the changes after the reader's last event id, in order
	 */
	void stream(List<LiveEvent> missed) {
		try {
			for (LiveEvent event : missed) {
				send(event);
			}
			while (this.open) {
				send(this.queue.take());
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The browser went away, or the stream was ended meanwhile.
			close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
		}
	}

	private void send(LiveEvent event) throws IOException {
		if (!this.open) {
			return;
		}
		if (event.isInSequence()) {
			if (event.seq() <= this.lastSent) {
				return;
			}
			this.lastSent = event.seq();
		}
		write(event);
		if (event.isReset()) {
			close();
		}
	}

	private void write(LiveEvent event) throws IOException {
		this.out.write(event.frame());
		this.out.flush();
	}

	/** Ends the stream (once): the browser will reconnect and resume if it is still there. */
	void close() {
		if (!this.open) {
			return;
		}
		this.open = false;
		// Wake the writer if it waits for an event, so its thread ends.
		this.queue.clear();
		this.queue.offer(LiveEvent.HEARTBEAT);
		this.onClose.accept(this);
		StreamEnd.complete(this.async);
	}

}
