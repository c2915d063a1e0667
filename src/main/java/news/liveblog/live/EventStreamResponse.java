package news.liveblog.live;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A server-sent event stream on the servlet's own asynchronous response, as every stream of the site
 * answers: the public pages' ({@link LiveStreamController}) and the back office's. Never cached, never
 * buffered by a proxy, ended at once when the browser goes ({@link ClientGoneWatch}), and what must happen
 * when it ends happens once, however it ends ({@link StreamEnd}).
 */
public final class EventStreamResponse {

	private EventStreamResponse() {
	}

	/** Given the stream's asynchronous context, starts writing to it (on the request's thread, first). */
	@FunctionalInterface
	public interface Opening {

		void open(AsyncContext async) throws IOException;

	}

	/**
	 * Answers the request with an event stream that {@code opening} starts, open for at most {@code timeout};
	 * {@code onEnd} runs once when it ends, or when it could not start.
	 */
	public static void start(HttpServletRequest request, HttpServletResponse response, Duration timeout,
			Runnable onEnd, Opening opening) throws IOException {
		response.setContentType("text/event-stream;charset=UTF-8");
		// Never cached, never buffered by a proxy: each event must reach the reader as it is sent.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Accel-Buffering", "no");
		// The connection is this stream's alone: never read again for another request (ClientGoneWatch).
		response.setHeader(HttpHeaders.CONNECTION, "close");
		// The servlet's own asynchronous response, not a Spring emitter: events go out as the bytes they
		// already are, and ten thousand readers cost ten thousand writes, nothing more.
		StreamEnd end = new StreamEnd(onEnd);
		try {
			AsyncContext async = request.startAsync();
			async.addListener(end);
			async.setTimeout(timeout.toMillis());
			opening.open(async);
			// Ended as soon as the browser goes, not at the next heartbeat: completing the response closes the
			// stream, so it stops being counted at once.
			ClientGoneWatch.watch(request, () -> StreamEnd.complete(async));
		}
		catch (IOException | RuntimeException ex) {
			end.run();
			throw ex;
		}
	}

	/** Runs {@code then} once when the stream ends, however it ends. */
	public static void whenEnded(AsyncContext async, Runnable then) {
		async.addListener(new StreamEnd(then));
	}

	/** Ends the stream, unless the container did already (a timeout, an error). */
	public static void complete(AsyncContext async) {
		StreamEnd.complete(async);
	}

}
