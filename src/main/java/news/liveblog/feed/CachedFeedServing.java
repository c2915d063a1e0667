package news.liveblog.feed;

import news.liveblog.feed.fastpath.CachedFeedHandler;
import news.liveblog.system.PartnerFraming;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link CachedFeedHandler} in front of the application in Jetty's handler chain. */
@Configuration(proxyBeanMethods = false)
class CachedFeedServing {

	@Bean
	JettyServerCustomizer cachedFeedHandler(PublicPageCache cache, PublicCaching caching,
			PartnerFraming partnerFraming) {
		return (server) -> server.setHandler(new CachedFeedHandler(server.getHandler(), cache,
				caching.cacheControl(), partnerFraming.embedHeaders()));
	}

	/**
	 * On virtual threads ({@code spring.threads.virtual.enabled}), Jetty's own threads on platform threads, and only
	 * the tasks that may block on virtual ones: Boot's pool runs everything on virtual threads, the selectors too,
	 * and a selector answering pages itself would then hold a carrier (one per core) for as long as requests keep
	 * coming, every other virtual thread (renders, the live streams, the database's replies) waiting behind it.
	 * Platform threads are scheduled by the kernel beside the carriers. This replaces Boot's pool (its customizer's
	 * order is 1, this one's the lowest), with Jetty's defaults for the platform threads (8 to 200; the selectors
	 * and the acceptor hold 3 of them on 2 cores).
	 */
	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> selectorsOnPlatformThreads(
			@Value("${spring.threads.virtual.enabled:false}") boolean virtualThreads) {
		return (factory) -> {
			if (virtualThreads) {
				factory.setThreadPool(selectorsOnPlatformThreads());
			}
		};
	}

	static QueuedThreadPool selectorsOnPlatformThreads() {
		QueuedThreadPool pool = new QueuedThreadPool();
		pool.setName("jetty");
		pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("jetty-virtual-"));
		return pool;
	}

	/**
	 * One selector thread per core, unless {@code server.jetty.threads.selectors} says otherwise: they answer the
	 * pages in memory themselves ({@link CachedFeedHandler#getInvocationType()}), and Jetty's default (half the
	 * cores, one on 2) would answer them all on one core. Boot's own customizer, which sets the property's value,
	 * runs before this one (its order is 0, this one's the lowest).
	 */
	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> selectorPerCore(
			@Value("${server.jetty.threads.selectors:-1}") int selectors) {
		return (factory) -> {
			if (selectors < 0) {
				factory.setSelectors(Runtime.getRuntime().availableProcessors());
			}
		};
	}

}
