package news.liveblog.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A server-sent event, formatted once into the exact bytes every reader of the blog is sent: with ten
 * thousand readers, nothing is built per reader.
 *
 * @param seq the change number (the event id), or 0 for lines outside the sequence (greetings, heartbeats)
 * @param name the event name, or {@code null} for comments only
 * @param frame the event as it goes on the wire
 * @param entryId the entry a change is about, or {@code null} (a change to the blog, a comment, a reset)
 * @param data what the frame's data line says, kept so that a remembered event can be written anew when
 * a later change makes what it says out of date ({@link LiveEvents#supersede}); {@code null} outside the
 * sequence
 */
record LiveEvent(long seq, String name, byte[] frame, Long entryId, Map<String, Object> data) {

	/**
	 * Keeps proxies from closing an idle stream and finds dead connections, on both sides: an event, not a
	 * comment, since a page cannot see comments, and a page whose connection went silent without closing (a
	 * phone's network dropping it along the way) would otherwise wait forever. It says how often it comes, so
	 * that the page knows how long a silence means the stream is gone (live-stream.js). Outside the sequence:
	 * no id, so a browser's last event id stays the last change's.
	 */
	static LiveEvent heartbeat(Duration every) {
		return new LiveEvent(0, "heartbeat", ("event:heartbeat\ndata:{\"every\":" + every.toMillis() + "}\n\n")
			.getBytes(StandardCharsets.UTF_8), null, null);
	}

	/** The stream's first lines: how long to wait before reconnecting, and a sign the stream is open. */
	static LiveEvent greeting(long reconnectMillis) {
		return new LiveEvent(0, null, ("retry:" + reconnectMillis + "\n:connected\n\n").getBytes(StandardCharsets.UTF_8),
				null, null);
	}

	/** @param json one line of JSON (no raw line breaks: JSON escapes them), {@code data} written out */
	static LiveEvent of(long seq, String name, Long entryId, Map<String, Object> data, String json) {
		return new LiveEvent(seq, name, frame(seq, name, json), entryId, data);
	}

	/** Too far behind to replay: the page reloads instead. */
	static LiveEvent reset(long seq) {
		return new LiveEvent(seq, "reset", frame(seq, "reset", "{\"change\":" + seq + "}"), null, null);
	}

	private static byte[] frame(long seq, String name, String json) {
		return ("id:" + seq + "\nevent:" + name + "\ndata:" + json + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

	boolean isInSequence() {
		return this.seq > 0;
	}

	boolean isReset() {
		return "reset".equals(this.name);
	}

}
