package news.liveblog.live;

import java.nio.charset.StandardCharsets;

/**
 * A server-sent event, formatted once into the exact bytes every reader of the blog is sent: with ten
 * thousand readers, nothing is built per reader.
 *
 * @param seq the change number (the event id), or 0 for lines outside the sequence (heartbeats)
 * @param name the event name, or {@code null} for a comment
 * @param frame the event as it goes on the wire
 */
record LiveEvent(long seq, String name, byte[] frame) {

	/** A comment line: keeps proxies from closing an idle stream and finds dead connections. */
	static final LiveEvent HEARTBEAT = new LiveEvent(0, null, ":heartbeat\n\n".getBytes(StandardCharsets.UTF_8));

	/** The stream's first lines: how long to wait before reconnecting, and a sign the stream is open. */
	static LiveEvent greeting(long reconnectMillis) {
		return new LiveEvent(0, null, ("retry:" + reconnectMillis + "\n:connected\n\n").getBytes(StandardCharsets.UTF_8));
	}

	/** @param json one line of JSON (no raw line breaks: JSON escapes them) */
	static LiveEvent of(long seq, String name, String json) {
		return new LiveEvent(seq, name,
				("id:" + seq + "\nevent:" + name + "\ndata:" + json + "\n\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Too far behind to replay: the page reloads instead. */
	static LiveEvent reset(long seq) {
		return of(seq, "reset", "{\"change\":" + seq + "}");
	}

	boolean isInSequence() {
		return this.seq > 0;
	}

	boolean isReset() {
		return "reset".equals(this.name);
	}

}
