package news.liveblog.feed;

import news.liveblog.feed.fastpath.CachedFeedHandler;
import news.liveblog.system.PartnerFraming;

import org.springframework.boot.jetty.JettyServerCustomizer;
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

}
