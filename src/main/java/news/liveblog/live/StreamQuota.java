package news.liveblog.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many streams each holder (a client address, a session) has open on this instance, and at most how
 * many it may: so that one holder cannot take every connection the instance has.
 */
public class StreamQuota {

	private final Map<String, Integer> open = new ConcurrentHashMap<>();

	private final int max;

	public StreamQuota(int max) {
		this.max = max;
	}

	/** Counts one more stream for the holder, unless it already holds as many as it may. */
	public boolean tryOpen(String holder) {
		boolean[] opened = { false };
		this.open.compute(holder, (key, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= this.max) {
				return count;
			}
			opened[0] = true;
			return now + 1;
		});
		return opened[0];
	}

	/** A stream of the holder's ended; a holder without any is forgotten. */
	public void closed(String holder) {
		this.open.computeIfPresent(holder, (key, count) -> (count > 1) ? count - 1 : null);
	}

}
