package news.liveblog.live;

import java.io.IOException;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A server-sent event, its JSON built once and sent as it is to every reader of the blog.
 *
 * @param seq the change number (the event id), or 0 for events outside the sequence (heartbeats)
 */
record LiveEvent(long seq, String name, String json) {

	/** A comment line: keeps proxies from closing an idle stream and finds dead connections. */
	static final LiveEvent HEARTBEAT = new LiveEvent(0, null, null);

	/** Too far behind to replay: the page reloads instead. */
	static LiveEvent reset(long seq) {
		return new LiveEvent(seq, "reset", "{\"change\":" + seq + "}");
	}

	boolean isHeartbeat() {
		return this.name == null;
	}

	void sendTo(SseEmitter emitter) throws IOException {
		if (isHeartbeat()) {
			emitter.send(SseEmitter.event().comment("heartbeat"));
		}
		else {
			emitter.send(SseEmitter.event().id(Long.toString(this.seq)).name(this.name).data(this.json));
		}
	}

}
