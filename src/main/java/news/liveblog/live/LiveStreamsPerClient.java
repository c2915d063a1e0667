package news.liveblog.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many live streams each client address holds open on this instance, so that one client cannot take
 * every connection the instance has. The limit is generous ({@code LIVEBLOG_LIVE_MAX_STREAMS_PER_CLIENT}, 50
 * by default): a newsroom or a school behind one address has many readers. Addresses are as
 * {@link news.liveblog.system.ClientAddress} counts them, so behind a proxy each reader counts apart only
 * when the proxy's forwarded headers are trusted.
 */
@Component
class LiveStreamsPerClient extends StreamQuota {

	LiveStreamsPerClient(@Value("${liveblog.live.max-streams-per-client:50}") int max) {
		super(max);
	}

}
