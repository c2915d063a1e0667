package news.liveblog.photo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The renditions served lately, kept in memory up to {@code liveblog.photos.cache-size} bytes, the least
 * recently served dropped first: a photo in a live blog's top entry is asked for by every reader within
 * minutes, and its bytes never change (the key is their hash), so they are read from the database once.
 * Only the bytes are kept: whether a reader may see them is asked each time, before this.
 * <p>
 * A map in access order under one lock (Caffeine is not a dependency, and Spring's ConcurrentLruCache
 * bounds by count, not bytes): a hit is a map lookup, far cheaper than the response it serves.
 */
@Component
class RenditionCache {

	private final long maxBytes;

	private final Map<String, ServedRendition> renditions = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	RenditionCache(@Value("${liveblog.photos.cache-size:64MB}") DataSize size) {
		this.maxBytes = size.toBytes();
	}

	/** The rendition kept, or the one loaded (kept if it fits), or none when there is none to load. */
	Optional<ServedRendition> get(String key, int width, Supplier<Optional<ServedRendition>> load) {
		String name = key + "/" + width;
		synchronized (this) {
			ServedRendition kept = this.renditions.get(name);
			if (kept != null) {
				return Optional.of(kept);
			}
		}
		// Loaded outside the lock: two readers missing at once both load the same bytes, which is harmless.
		Optional<ServedRendition> loaded = load.get();
		loaded.ifPresent((rendition) -> keep(name, rendition));
		return loaded;
	}

	private synchronized void keep(String name, ServedRendition rendition) {
		long size = rendition.bytes().length;
		if (size > this.maxBytes || this.renditions.containsKey(name)) {
			return;
		}
		var eldest = this.renditions.entrySet().iterator();
		while (this.bytes + size > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().bytes().length;
			eldest.remove();
		}
		this.renditions.put(name, rendition);
		this.bytes += size;
	}

	synchronized long bytes() {
		return this.bytes;
	}

}
