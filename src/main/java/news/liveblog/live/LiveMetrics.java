package news.liveblog.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What the live streams tell operators: {@code liveblog.readers}, the open pages per blog on this instance,
 * and {@code liveblog.fanout}, how long a change took from its transaction to every reader's queue.
 */
@Component
class LiveMetrics {

	static final String READERS = "liveblog.readers";

	static final String FAN_OUT = "liveblog.fanout";

	private final MeterRegistry registry;

	private final Clock clock;

	private final Timer fanOut;

	LiveMetrics(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		this.fanOut = Timer.builder(FAN_OUT)
			.description("From a change being recorded in its transaction to its event in every reader's queue")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(30))
			.register(registry);
	}

	/** Counts a blog's open pages, read when scraped: a reader joining or leaving costs nothing here. */
	Meter.Id countReaders(String slug, Collection<?> readers) {
		return Gauge.builder(READERS, readers, Collection::size)
			.description("Open live pages (server-sent event streams) on this instance")
			.tag("blog", slug)
			.register(this.registry)
			.getId();
	}

	/** A blog whose last reader left is no longer reported: only blogs with open pages have a series. */
	void stopCounting(Meter.Id readers) {
		this.registry.remove(readers);
	}

	/** A change's event is in every reader's queue now. */
	void fannedOut(Instant occurredAt) {
		Duration took = Duration.between(occurredAt, this.clock.instant());
		// Changes made by another instance carry its clock: a skew backwards would be no measurement at all.
		if (!took.isNegative()) {
			this.fanOut.record(took);
		}
	}

}
