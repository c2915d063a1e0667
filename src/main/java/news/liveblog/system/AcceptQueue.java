package news.liveblog.system;

import java.util.Arrays;

import org.eclipse.jetty.server.ServerConnector;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How many connections the kernel may hold for Jetty before it accepts them. Jetty leaves it to the JVM,
 * whose default is 50: when thousands of readers come back at once (a deploy, a balancer's failover,
 * breaking news), the connections past the first 50 lose their handshake and their clients wait 1, 3, 7,
 * 15 s... to try again, so a storm of 2,000 readers took anywhere from 20 to over 60 s to connect
 * (faults/ReconnectStormTests). nginx asks for 511; the kernel caps whatever is asked at
 * {@code net.core.somaxconn} (4096 on Debian 12).
 */
@Configuration(proxyBeanMethods = false)
class AcceptQueue {

	@Bean
	JettyServerCustomizer acceptQueueSize(@Value("${liveblog.server.accept-queue-size:4096}") int size) {
		return (server) -> Arrays.stream(server.getConnectors())
			.filter(ServerConnector.class::isInstance)
			.map(ServerConnector.class::cast)
			.forEach((connector) -> connector.setAcceptQueueSize(size));
	}

}
