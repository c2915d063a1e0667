package news.liveblog.push;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are sent ({@code liveblog.push.*}).
 *
 * @param vapid the server's key pair and contact, if configured; otherwise generated once and kept in PostgreSQL
 * @param allowPrivateNetworks whether a subscription may name a push service on a loopback or private address
 * (tests' stand-in); never in production, where it would let anyone make the server call inside its network
 * @param timeToLive how long a push service keeps an alert for a browser that is offline: news goes stale
 * @param timeout for connecting to a push service and for its answer
 * @param retries how many times a delivery the push service turned back (429, 5xx, no answer) is tried again,
 * after {@code firstRetryAfter}, then twice as long each time
 * @param maxSubscriptionsPerBlog beyond this, a blog takes no new subscription
 * @param maxSubscriptionsPerAddress subscriptions (and renewals) one client address may ask for within an hour
 */
@ConfigurationProperties("liveblog.push")
record PushSettings(Vapid vapid, @DefaultValue("false") boolean allowPrivateNetworks,
		@DefaultValue("1h") Duration timeToLive, @DefaultValue("10s") Duration timeout,
		@DefaultValue("5") int retries, @DefaultValue("30s") Duration firstRetryAfter,
		@DefaultValue("1000000") int maxSubscriptionsPerBlog, @DefaultValue("100") int maxSubscriptionsPerAddress) {

	PushSettings {
		vapid = (vapid != null) ? vapid : new Vapid(null, null, null);
	}

	/**
	 * @param publicKey base64url, the uncompressed P-256 point (what {@code npx web-push generate-vapid-keys} prints)
	 * @param privateKey base64url, the private scalar (likewise)
	 * @param subject who push services may contact: a {@code mailto:} or {@code https:} address; by default
	 * the site's public address when it is https
	 */
	record Vapid(String publicKey, String privateKey, String subject) {

		boolean configured() {
			return hasText(this.publicKey) || hasText(this.privateKey);
		}

		private static boolean hasText(String value) {
			return value != null && !value.isBlank();
		}

	}

}
