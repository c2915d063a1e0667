package news.liveblog.feed;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code liveblog.page.cache}: feed page requests answered from memory ({@code result=hit}), passed on to
 * the application for want of a current page ({@code miss}), and pages rendered ({@code render}). The
 * counts are read from the cache when scraped: the fast path itself touches no meter.
 */
@Component
class PageCacheMetrics implements MeterBinder {

	static final String PAGE_CACHE = "liveblog.page.cache";

	private final PublicPageCache cache;

	PageCacheMetrics(PublicPageCache cache) {
		this.cache = cache;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		count(registry, "hit", PublicPageCache::hits);
		count(registry, "miss", PublicPageCache::misses);
		count(registry, "render", PublicPageCache::renders);
	}

	private void count(MeterRegistry registry, String result, ToDoubleFunction<PublicPageCache> count) {
		// One description for the three: Prometheus has one help text per metric name.
		FunctionCounter.builder(PAGE_CACHE, this.cache, count)
			.description("Feed page requests answered from memory (hit) or passed on to the application (miss), "
					+ "and feed pages rendered (render)")
			.tag("result", result)
			.register(registry);
	}

}
