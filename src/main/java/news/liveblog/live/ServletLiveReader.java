package news.liveblog.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;

/**
 * One open page's stream on the servlet's own asynchronous response, where the servlet layer serves it (in
 * tests through MockMvc, over HTTP/2, for a blog not yet open on this instance): events are written as the
 * bytes they already are, with nothing built per reader. Over HTTP/1.1, {@link DirectLiveReader} serves
 * the rest without a thread each.
 * <p>
 * Events wait in a small queue of the reader's own and are written by a virtual thread of its own, so a
 * reader whose network stalls holds up nobody else; when its queue is full it is dropped, and its
 * browser reconnects and resumes from its last event id.
 */
final class ServletLiveReader implements LiveReader {

	/** Put in the queue to wake the writer as the stream ends; never written. */
	private static final LiveEvent WAKE_UP = new LiveEvent(0, null, new byte[0], null, null);

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

	private final Consumer<LiveReader> onClose;

	private volatile boolean open = true;

	/** The newest change this reader was sent: nothing at or below it is sent again. */
	private long lastSent;

	ServletLiveReader(AsyncContext async, long since, Consumer<LiveReader> onClose) throws IOException {
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
	@Override
	public void greet() throws IOException {
		write(LiveEvent.greeting(RECONNECT_MILLIS));
	}

	@Override
	public void offer(LiveEvent event) {
		if (this.open && !this.queue.offer(event)) {
			close();
		}
	}

	/** Writes on a virtual thread of the reader's own, which then waits for whatever comes. */
	@Override
	public void stream(List<LiveEvent> missed) {
		Thread.ofVirtual().name("live-reader").start(() -> sendAll(missed));
	}

	private void sendAll(List<LiveEvent> missed) {
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

	@Override
	public void close() {
		if (!this.open) {
			return;
		}
		this.open = false;
		// Wake the writer if it waits for an event, so its thread ends.
		this.queue.clear();
		this.queue.offer(WAKE_UP);
		this.onClose.accept(this);
		StreamEnd.complete(this.async);
	}

}
