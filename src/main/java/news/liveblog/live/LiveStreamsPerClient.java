package news.liveblog.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many live streams each client address holds open on this instance, so that one client cannot take
 * every connection the instance has. The limit is generous ({@code LIVEBLOG_LIVE_MAX_STREAMS_PER_CLIENT}, 50
 * by default): a newsroom or a school behind one address has many readers. Addresses are as
 * {@link news.liveblog.system.ClientAddress} counts them, so behind a proxy each reader counts apart only
 * when the proxy's forwarded headers are trusted.
 */
@Component
class LiveStreamsPerClient {

	private final Map<String, Integer> open = new ConcurrentHashMap<>();

	private final int max;

	LiveStreamsPerClient(@Value("${liveblog.live.max-streams-per-client:50}") int max) {
		this.max = max;
	}

	/** Counts one more stream for the client, unless it already holds as many as it may. */
	boolean tryOpen(String client) {
		boolean[] opened = { false };
		this.open.compute(client, (key, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= this.max) {
				return count;
			}
			opened[0] = true;
			return now + 1;
		});
		return opened[0];
	}

	/** A stream of the client's ended; an address without any is forgotten. */
	void closed(String client) {
		this.open.computeIfPresent(client, (key, count) -> (count > 1) ? count - 1 : null);
	}

}
