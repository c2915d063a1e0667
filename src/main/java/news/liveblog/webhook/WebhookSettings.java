package news.liveblog.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code liveblog.webhooks.*}).
 *
 * @param allowPrivateNetworks endpoints on loopback, private or link-local addresses, and {@code http://}, are
 * accepted (tests, an intranet receiver); off, they are refused as server-side request forgery
 * @param pollInterval how often each instance looks for due deliveries
 * @param firstRetryAfter the wait after a first failure, doubled after each one up to {@code maxRetryAfter}
 * @param pauseAfter an endpoint failing this long is paused
 * @param lease how long a claimed delivery is this instance's to send; longer than a request can take
 * @param maxInFlight deliveries an instance sends at once (to different endpoints)
 * @param maxInARow deliveries sent to one endpoint in a row before its slot goes to the endpoint that has waited
 * longest: a backlogged endpoint does not keep it
 * @param keepLogFor delivered deliveries are kept this long in the log, then deleted with their messages
 */
@ConfigurationProperties("liveblog.webhooks")
record WebhookSettings(@DefaultValue("false") boolean allowPrivateNetworks, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("30s") Duration firstRetryAfter, @DefaultValue("1h") Duration maxRetryAfter,
		@DefaultValue("1d") Duration pauseAfter, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("1m") Duration lease,
		@DefaultValue("16") int maxInFlight, @DefaultValue("20") int maxInARow,
		@DefaultValue("30d") Duration keepLogFor) {

}
