package news.liveblog.system;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Editors first when readers saturate the instance (issue 18): with wrk holding 256 connections on the feed
 * and 500 live readers open, an editor's publish request took p50 512 ms, p99 1.43 s (113 ms idle), waiting
 * behind hundreds of readers' requests at every step it parked (a query, the commit). Jetty's
 * {@link EditorsFirstHandler QoSHandler} in front of the application keeps the readers' requests at work at once
 * few, and lets the back office's in first. Only the handlers {@link AheadOfTheLimit} stand in front of it: a page
 * from memory and a live stream take no turn of the application's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QosSettings.class)
class EditorsFirst {

	/**
	 * Added through a factory customizer rather than as a {@code JettyServerCustomizer} bean: Boot runs these
	 * after every such bean, so the chain in front of the application is complete when the limit takes its place in
	 * it, whatever the beans' order.
	 */
	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> editorsFirstHandler(QosSettings settings) {
		return (factory) -> {
			if (settings.enabled()) {
				factory.addServerCustomizers((server) -> behindWhatIsAheadOfIt(server, settings));
			}
		};
	}

	/** Puts the limit in front of the first handler that is not {@link AheadOfTheLimit}. */
	static void behindWhatIsAheadOfIt(Server server, QosSettings settings) {
		Handler.Wrapper ahead = null;
		Handler handler = server.getHandler();
		while (handler instanceof AheadOfTheLimit && handler instanceof Handler.Wrapper wrapper) {
			ahead = wrapper;
			handler = wrapper.getHandler();
		}
		if (ahead == null) {
			server.setHandler(new EditorsFirstHandler(handler, settings));
		}
		else {
			ahead.setHandler(new EditorsFirstHandler(handler, settings));
		}
	}

}
