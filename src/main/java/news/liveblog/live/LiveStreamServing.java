package news.liveblog.live;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link LiveStreamHandler} in front of the application in Jetty's handler chain. */
@Configuration(proxyBeanMethods = false)
class LiveStreamServing {

	@Bean
	JettyServerCustomizer liveStreamHandler(LiveStreams streams, LiveStreamsPerClient perClient,
			@Value("${liveblog.live.stream-timeout:PT30M}") Duration timeout) {
		return (server) -> server.setHandler(new LiveStreamHandler(server.getHandler(), streams, perClient, timeout));
	}

}
