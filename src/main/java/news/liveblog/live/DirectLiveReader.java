package news.liveblog.live;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * One open page's stream written by Jetty itself ({@link LiveStreamHandler}), with no thread and no buffer
 * of its own: each event goes out as the bytes every reader of the blog shares, and the completion of one
 * write starts the next. While nothing is to be written, a reader is this object, its request and its
 * connection, nothing else; events handed over during a write wait in a queue made when first needed.
 * A reader that falls {@link #QUEUE_CAPACITY} events behind is dropped, and its browser resumes from its
 * last event id, as with {@link ServletLiveReader}.
 */
final class DirectLiveReader implements LiveReader {

	private static final LiveEvent GREETING = LiveEvent.greeting(RECONNECT_MILLIS);

	private final Response response;

	/** The request's own: completed once, when the stream ends. */
	private final Callback done;

	private final Consumer<LiveReader> onClose;

	private final Writer writer = new Writer();

	/** Guarded by this object, as everything below. */
	private boolean open = true;

	private boolean greetingDue;

	/** Whether the missed changes were handed over: nothing but the greeting is written before them. */
	private boolean streaming;

	private ArrayDeque<LiveEvent> missed;

	private ArrayDeque<LiveEvent> pending;

	/** The newest change this reader was sent: nothing at or below it is sent again. */
	private long lastSent;

	DirectLiveReader(Response response, long since, Callback done, Consumer<LiveReader> onClose) {
		this.response = response;
		this.lastSent = since;
		this.done = done;
		this.onClose = onClose;
	}

	@Override
	public void greet() {
		synchronized (this) {
			this.greetingDue = true;
		}
		this.writer.iterate();
	}

	@Override
	public void offer(LiveEvent event) {
		boolean tooFarBehind;
		synchronized (this) {
			if (!this.open) {
				return;
			}
			if (this.pending == null) {
				this.pending = new ArrayDeque<>(4);
			}
			tooFarBehind = this.pending.size() >= QUEUE_CAPACITY;
			if (!tooFarBehind) {
				this.pending.addLast(event);
			}
		}
		if (tooFarBehind) {
			close();
		}
		else {
			this.writer.iterate();
		}
	}

	@Override
	public void stream(List<LiveEvent> missed) {
		synchronized (this) {
			this.missed = missed.isEmpty() ? null : new ArrayDeque<>(missed);
			this.streaming = true;
		}
		this.writer.iterate();
	}

	@Override
	public void close() {
		synchronized (this) {
			if (!this.open) {
				return;
			}
			this.open = false;
			this.missed = null;
			this.pending = null;
		}
		this.onClose.accept(this);
		// Ends the response once the write under way, if any, is done.
		this.writer.iterate();
	}

	private synchronized boolean isOpen() {
		return this.open;
	}

	/** The next event to write, or {@code null} when there is none (yet). */
	private synchronized LiveEvent next() {
		if (!this.open) {
			return null;
		}
		if (this.greetingDue) {
			this.greetingDue = false;
			return GREETING;
		}
		if (!this.streaming) {
			return null;
		}
		LiveEvent event;
		while ((event = poll()) != null) {
			if (!event.isInSequence()) {
				return event;
			}
			if (event.seq() > this.lastSent) {
				this.lastSent = event.seq();
				return event;
			}
		}
		return null;
	}

	private LiveEvent poll() {
		if (this.missed != null && !this.missed.isEmpty()) {
			return this.missed.pollFirst();
		}
		return (this.pending != null) ? this.pending.pollFirst() : null;
	}

	/** Writes one event at a time; Jetty's iterating callback never recurses however many are waiting. */
	private final class Writer extends IteratingCallback {

		private boolean resetWritten;

		@Override
		protected Action process() {
			if (this.resetWritten) {
				// Too far behind to replay: the page reloads, and this stream is over.
				close();
			}
			LiveEvent next = next();
			if (next == null) {
				return isOpen() ? Action.IDLE : Action.SUCCEEDED;
			}
			this.resetWritten = next.isReset();
			// A view of its own on the shared bytes.
			DirectLiveReader.this.response.write(false, ByteBuffer.wrap(next.frame()), this);
			return Action.SCHEDULED;
		}

		@Override
		protected void onCompleteSuccess() {
			DirectLiveReader.this.done.succeeded();
		}

		@Override
		protected void onCompleteFailure(Throwable cause) {
			// The browser went away mid-write.
			close();
			DirectLiveReader.this.done.failed(cause);
		}

	}

}
