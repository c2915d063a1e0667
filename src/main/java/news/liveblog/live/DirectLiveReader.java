package news.liveblog.live;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jetty.io.EndPoint;
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
 * <p>
 * Only the greeting goes through Jetty's response, which writes the headers with it. The stream is marked
 * {@code Connection: close}, so Jetty frames its body as the bytes up to the end of the connection (no
 * chunks): every event after the greeting is written to the connection's end point as it is, with whatever
 * else is waiting in the same write. Through the response, each write also took Jetty's locks, a header
 * lookup and a callback chain; at 19,000 readers an event then took a second to hand out on 2 cores.
 */
final class DirectLiveReader implements LiveReader {

	private static final LiveEvent GREETING = LiveEvent.greeting(RECONNECT_MILLIS);

	/** Events written in one go at most, to bound the write's list of buffers. */
	private static final int MOST_IN_ONE_WRITE = 32;

	private final Response response;

	private final EndPoint endPoint;

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

	DirectLiveReader(Response response, EndPoint endPoint, long since, Callback done, Consumer<LiveReader> onClose) {
		this.response = response;
		this.endPoint = endPoint;
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
		offer(List.of(event));
	}

	@Override
	public void offer(List<LiveEvent> events) {
		boolean tooFarBehind;
		synchronized (this) {
			if (!this.open) {
				return;
			}
			if (this.pending == null) {
				this.pending = new ArrayDeque<>(4);
			}
			tooFarBehind = this.pending.size() + events.size() > QUEUE_CAPACITY;
			if (!tooFarBehind) {
				this.pending.addAll(events);
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

	/** The events to write next, in order, up to a reset; empty when there is none (yet). */
	private synchronized List<LiveEvent> next() {
		if (!this.open) {
			return List.of();
		}
		if (this.greetingDue) {
			this.greetingDue = false;
			return List.of(GREETING);
		}
		if (!this.streaming) {
			return List.of();
		}
		List<LiveEvent> next = null;
		LiveEvent event;
		while ((next == null || next.size() < MOST_IN_ONE_WRITE) && (event = poll()) != null) {
			if (event.isInSequence()) {
				if (event.seq() <= this.lastSent) {
					continue;
				}
				this.lastSent = event.seq();
			}
			if (next == null) {
				next = new ArrayList<>(2);
			}
			next.add(event);
			if (event.isReset()) {
				break;
			}
		}
		return (next != null) ? next : List.of();
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

		/** Whether the greeting went, and the headers with it: then the end point is written to directly. */
		private boolean committed;

		@Override
		protected Action process() {
			if (this.resetWritten) {
				// Too far behind to replay: the page reloads, and this stream is over.
				close();
			}
			List<LiveEvent> next = next();
			if (next.isEmpty()) {
				return isOpen() ? Action.IDLE : Action.SUCCEEDED;
			}
			this.resetWritten = next.getLast().isReset();
			// Views of their own on the shared bytes.
			ByteBuffer[] frames = new ByteBuffer[next.size()];
			for (int i = 0; i < frames.length; i++) {
				frames[i] = ByteBuffer.wrap(next.get(i).frame());
			}
			if (this.committed) {
				DirectLiveReader.this.endPoint.write(this, frames);
			}
			else {
				// The first write, which commits the response: through Jetty, as one buffer.
				this.committed = true;
				DirectLiveReader.this.response.write(false, (frames.length == 1) ? frames[0] : joined(frames), this);
			}
			return Action.SCHEDULED;
		}

		private static ByteBuffer joined(ByteBuffer[] frames) {
			int length = 0;
			for (ByteBuffer frame : frames) {
				length += frame.remaining();
			}
			ByteBuffer joined = ByteBuffer.allocate(length);
			for (ByteBuffer frame : frames) {
				joined.put(frame);
			}
			return joined.flip();
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
