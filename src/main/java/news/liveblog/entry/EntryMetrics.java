package news.liveblog.entry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import news.liveblog.entry.EntryChanged.Change;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code liveblog.entries.published}: the entries this instance made public, at once or on schedule. Counted
 * once the publication has committed, so a rolled-back one is not.
 */
@Component
class EntryMetrics {

	static final String PUBLISHED = "liveblog.entries.published";

	private final Counter published;

	EntryMetrics(MeterRegistry registry) {
		this.published = Counter.builder(PUBLISHED)
			.description("Entries published through this instance, at once or on schedule")
			.register(registry);
	}

	@TransactionalEventListener
	void on(EntryChanged event) {
		if (event.change() == Change.PUBLISHED) {
			this.published.increment();
		}
	}

}
