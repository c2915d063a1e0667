package news.liveblog.photo;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Renditions kept in memory up to a number of bytes, the least recently served dropped first. */
class RenditionCacheTests {

	private final RenditionCache cache = new RenditionCache(DataSize.ofBytes(100));

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void aRenditionIsLoadedOnceThenServedFromMemory() {
		assertThat(get("a", 40)).isPresent();
		assertThat(get("a", 40)).isPresent();

		assertThat(this.loads).hasValue(1);
		assertThat(this.cache.bytes()).isEqualTo(40);
	}

	@Test
	void theLeastRecentlyServedMakesRoomAndTheBytesStayWithinTheBound() {
		get("a", 40);
		get("b", 40);
		get("a", 40);
		get("c", 40);
		this.loads.set(0);

		get("a", 40);
		assertThat(this.loads).as("a, served lately, kept").hasValue(0);
		get("b", 40);
		assertThat(this.loads).as("b, the least recently served, dropped").hasValue(1);
		assertThat(this.cache.bytes()).isLessThanOrEqualTo(100);
	}

	@Test
	void oneLargerThanTheWholeCacheIsServedButNotKept() {
		assertThat(get("huge", 101)).isPresent();

		assertThat(this.cache.bytes()).isZero();
	}

	@Test
	void noneIsRememberedAsNone() {
		assertThat(this.cache.get("missing", 480, Optional::empty)).isEmpty();

		assertThat(get("missing", 10)).as("stored later, found").isPresent();
	}

	private Optional<ServedRendition> get(String key, int size) {
		return this.cache.get(key, 480, () -> {
			this.loads.incrementAndGet();
			return Optional.of(new ServedRendition("image/jpeg", new byte[size]));
		});
	}

}
