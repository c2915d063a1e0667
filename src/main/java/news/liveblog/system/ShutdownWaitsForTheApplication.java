package news.liveblog.system;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.StatisticsHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jetty as Boot builds it, with one change: the {@link StatisticsHandler} that graceful shutdown
 * ({@code server.shutdown=graceful}) counts requests in flight with wraps the servlet context, the application,
 * instead of the whole chain. Boot puts it in front of everything, so every page the feed's fast path answers from
 * memory went through it: it wraps each request and response and times and counts them, which on 2 cores cost the
 * fast path a third to half of its gzip-encoded pages a second (bench/feed-vs-nginx.sh; without it, 24,000-43,000
 * against 13,900, under the same load).
 * <p>
 * What graceful shutdown waits for is the application's requests, which may be in the middle of a transaction:
 * those it still counts. In front of the context stay the handlers that never do such work: the fast path, which
 * writes a page already in memory without blocking, the live streams served by Jetty, which the live module ends
 * itself at shutdown, and the editors-first limit.
 */
@Configuration(proxyBeanMethods = false)
class ShutdownWaitsForTheApplication {

	/** As Boot's own (JettyServletWebServerAutoConfiguration), which steps back for this one. */
	@Bean
	JettyServletWebServerFactory jettyServletWebServerFactory(ObjectProvider<JettyServerCustomizer> serverCustomizers) {
		JettyServletWebServerFactory factory = new StatisticsAroundTheApplication();
		factory.getServerCustomizers().addAll(serverCustomizers.orderedStream().toList());
		return factory;
	}

	private static final class StatisticsAroundTheApplication extends JettyServletWebServerFactory {

		/** Called once the chain is complete, customizers and Boot's statistics included, before Jetty starts. */
		@Override
		protected JettyWebServer getJettyWebServer(Server server) {
			moveStatisticsToTheApplication(server);
			return super.getJettyWebServer(server);
		}

	}

	/** Takes the outermost {@link StatisticsHandler}, if there is one, and puts it around the context instead. */
	static void moveStatisticsToTheApplication(Server server) {
		if (!(server.getHandler() instanceof StatisticsHandler statistics)) {
			return; // no graceful shutdown
		}
		Handler.Wrapper aroundContext = null;
		Handler handler = statistics;
		while (handler instanceof Handler.Wrapper wrapper && !(wrapper.getHandler() instanceof ContextHandler)) {
			handler = wrapper.getHandler();
		}
		if (handler instanceof Handler.Wrapper wrapper && wrapper != statistics) {
			aroundContext = wrapper;
		}
		if (aroundContext == null) {
			return; // nothing in front of the context: it already wraps the application alone
		}
		Handler front = statistics.getHandler();
		Handler context = aroundContext.getHandler();
		statistics.setHandler((Handler) null);
		aroundContext.setHandler(statistics);
		statistics.setHandler(context);
		server.setHandler(front);
	}

}
