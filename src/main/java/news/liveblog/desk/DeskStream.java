package news.liveblog.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;

import news.liveblog.account.SignedInEditor;
import news.liveblog.live.EventStreamResponse;

/**
 * One back-office page's stream of desk events, for the editor signed in to its session. Frames wait in a
 * small queue of its own and are written by a virtual thread of its own, so a page whose network stalls
 * holds up nobody; one that falls this far behind is dropped, and its page reconnects and refreshes.
 */
final class DeskStream {

	/** Frames one page may fall behind by before it is dropped. */
	static final int QUEUE_CAPACITY = 64;

	/** How long a browser waits before reconnecting (the stream's {@code retry:}). */
	static final long RECONNECT_MILLIS = 3_000;

	/** Wakes the writer when the stream is closed; never written. */
	private static final byte[] CLOSED = new byte[0];

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

	private final String sessionId;

	private final long editorId;

	private final boolean contributor;

	private final Consumer<DeskStream> onClose;

	private final AtomicBoolean open = new AtomicBoolean(true);

	DeskStream(AsyncContext async, SignedInEditor editor, String sessionId, Consumer<DeskStream> onClose)
			throws IOException {
		this.async = async;
		this.out = async.getResponse().getOutputStream();
		this.sessionId = sessionId;
		this.editorId = editor.getEditorId();
		this.contributor = editor.isContributor();
		this.onClose = onClose;
		EventStreamResponse.whenEnded(async, this::close);
	}

	/** The session the stream was opened in: it ends when that session does. */
	String sessionId() {
		return this.sessionId;
	}

	boolean hears(DeskChange change) {
		return change.mayBeHeardBy(this.editorId, this.contributor);
	}

	/**
	 * The stream's first lines, on the request's own thread before the writer starts: the response is then
	 * committed by that thread alone.
	 */
	void greet() throws IOException {
		write(("retry:" + RECONNECT_MILLIS + "\n:connected\n\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Writes whatever comes, on a virtual thread of its own, until the stream ends. */
	void start() {
		Thread.ofVirtual().name("desk-stream").start(this::writeAll);
	}

	/** Hands a frame over without ever blocking the caller; a page this far behind is dropped. */
	void offer(byte[] frame) {
		if (this.open.get() && !this.queue.offer(frame)) {
			close();
		}
	}

	private void writeAll() {
		try {
			while (this.open.get()) {
				byte[] frame = this.queue.take();
				if (frame != CLOSED && this.open.get()) {
					write(frame);
				}
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

	private void write(byte[] frame) throws IOException {
		this.out.write(frame);
		this.out.flush();
	}

	/** Ends the stream (once): the page reconnects if its editor is still signed in, and refreshes. */
	void close() {
		if (!this.open.compareAndSet(true, false)) {
			return;
		}
		this.queue.clear();
		this.queue.offer(CLOSED);
		this.onClose.accept(this);
		EventStreamResponse.complete(this.async);
	}

}
