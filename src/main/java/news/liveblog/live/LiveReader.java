package news.liveblog.live;

import java.io.IOException;
import java.util.List;

/**
 * One open page's stream: the events of its blog, written to it in order, nothing twice, without ever
 * blocking the fan-out that hands them over. Written by the servlet layer ({@link ServletLiveReader}) or by
 * Jetty directly ({@link DirectLiveReader}).
 */
interface LiveReader {

	/** Events one reader may fall behind by before it is dropped. */
	int QUEUE_CAPACITY = 256;

	/** How long a browser waits before reconnecting (the stream's {@code retry:}). */
	long RECONNECT_MILLIS = 3_000;

	/** The stream's first lines, before anything else is written to it. */
	void greet() throws IOException;

	/** Hands an event over without ever blocking the caller; a reader this far behind is dropped. */
	void offer(LiveEvent event);

	/**
	 * Hands several events over at once, in order, as {@link #offer} does: those that came while the fan-out
	 * was behind, which a reader may then write in one go.
	 */
	default void offer(List<LiveEvent> events) {
		for (LiveEvent event : events) {
			offer(event);
		}
	}

	/**
	 * Sends what the reader missed, then whatever comes; returns at once.
	 * @param missed the changes after the reader's last event id, in order
	 */
	void stream(List<LiveEvent> missed);

	/** Ends the stream (once): the browser will reconnect and resume if it is still there. */
	void close();

}
