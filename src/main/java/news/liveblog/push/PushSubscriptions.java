package news.liveblog.push;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.push.SubscriptionRefused.Reason;
import news.liveblog.system.OutboundAddress;
import news.liveblog.system.RateLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' subscriptions to a blog's alerts, as their browsers' Push API gives them: the push service's
 * address for that browser, and the keys its payloads are encrypted to. Checked before they are kept, so that
 * the worker never sends to an address the server must not reach, nor with keys no browser could have made.
 */
@Service
class PushSubscriptions {

	static final int MAX_ENDPOINT_LENGTH = 2000;

	private static final ECParameterSpec P256 = p256();

	/**
	 * The window of {@link PushSettings#maxSubscriptionsPerAddress()}: a reader subscribes once per blog, so many
	 * readers behind one address (an office, a school) still fit in an hour's limit.
	 */
	static final Duration SUBSCRIBE_WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final LiveBlogs liveBlogs;

	private final PushSettings settings;

	private final RateLimits limits;

	private final Clock clock;

	PushSubscriptions(JdbcClient jdbc, LiveBlogs liveBlogs, PushSettings settings, RateLimits limits, Clock clock) {
		this.jdbc = jdbc;
		this.liveBlogs = liveBlogs;
		this.settings = settings;
		this.limits = limits;
		this.clock = clock;
	}

	/** A live blog's, for subscribing to: refused when there is no such public blog or it no longer runs. */
	LiveBlog liveBlog(String slug) {
		LiveBlog blog = this.liveBlogs.findPublic(slug).orElseThrow(() -> new SubscriptionRefused(Reason.NO_BLOG, null));
		if (!blog.isLive()) {
			throw new SubscriptionRefused(Reason.BLOG_NOT_LIVE, blog.getLanguage());
		}
		return blog;
	}

	/**
	 * Keeps the subscription, or updates the keys of the one this browser already had (a browser renews its
	 * keys with the same address).
	 * @return whether it is new
	 */
	@Transactional(noRollbackFor = SubscriptionRefused.class)
	boolean subscribe(String slug, SubscriptionRequest request, String clientAddress) {
		LiveBlog blog = liveBlog(slug);
		// Counted before the checks, refused ones too: a flood of malformed ones is a flood all the same.
		if (this.limits.countFromClient("push-subscribe", clientAddress, this.settings.maxSubscriptionsPerAddress(),
				SUBSCRIBE_WINDOW).isPresent()) {
			throw new SubscriptionRefused(Reason.TOO_MANY, blog.getLanguage());
		}
		Checked checked = check(request, blog.getLanguage());
		long kept = this.jdbc.sql("select count(*) from (select 1 from push_subscription where live_blog_id = ? limit ?) s")
			.params(blog.getId(), this.settings.maxSubscriptionsPerBlog())
			.query(Long.class)
			.single();
		boolean known = this.jdbc.sql("select exists (select 1 from push_subscription where live_blog_id = ? and endpoint = ?)")
			.params(blog.getId(), checked.endpoint())
			.query(Boolean.class)
			.single();
		if (!known && kept >= this.settings.maxSubscriptionsPerBlog()) {
			throw new SubscriptionRefused(Reason.BLOG_FULL, blog.getLanguage());
		}
		return this.jdbc.sql("""
				insert into push_subscription (live_blog_id, endpoint, p256dh, auth, created_at) values (?, ?, ?, ?, ?)
				on conflict (live_blog_id, endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth, failures = 0
				returning (xmax = 0)
				""")
			.params(blog.getId(), checked.endpoint(), checked.p256dh(), checked.auth(), Timestamp.from(this.clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Forgets the subscription: only with its auth secret too, which only the browser that made it knows, so
	 * that an address seen somewhere is not enough to turn off someone's alerts. Ended blogs included.
	 */
	@Transactional
	void unsubscribe(String slug, SubscriptionRequest request) {
		LiveBlog blog = this.liveBlogs.findPublic(slug).orElseThrow(() -> new SubscriptionRefused(Reason.NO_BLOG, null));
		if (request == null || blank(request.endpoint()) || request.keys() == null || blank(request.keys().auth())
				|| (request.endpoint() + request.keys().auth()).indexOf('\0') >= 0) {
			// A NUL would not even reach the query: PostgreSQL text cannot hold one.
			throw new SubscriptionRefused(Reason.INCOMPLETE, blog.getLanguage());
		}
		this.jdbc.sql("delete from push_subscription where live_blog_id = ? and endpoint = ? and auth = ?")
			.params(blog.getId(), request.endpoint().strip(), request.keys().auth().strip())
			.update();
	}

	private Checked check(SubscriptionRequest request, Locale language) {
		if (request == null || blank(request.endpoint()) || request.keys() == null || blank(request.keys().p256dh())
				|| blank(request.keys().auth())) {
			throw new SubscriptionRefused(Reason.INCOMPLETE, language);
		}
		String endpoint = request.endpoint().strip();
		if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
			throw new SubscriptionRefused(Reason.ENDPOINT_TOO_LONG, language);
		}
		URI address;
		try {
			address = new URI(endpoint);
		}
		catch (URISyntaxException ex) {
			throw new SubscriptionRefused(Reason.ENDPOINT_NOT_HTTPS, language);
		}
		OutboundAddress.refusal(address, this.settings.allowPrivateNetworks()).ifPresent((refusal) -> {
			throw new SubscriptionRefused(switch (refusal) {
				case NOT_HTTPS -> Reason.ENDPOINT_NOT_HTTPS;
				case UNKNOWN_HOST -> Reason.ENDPOINT_UNKNOWN;
				case PRIVATE_NETWORK -> Reason.ENDPOINT_NOT_PUBLIC;
			}, language);
		});
		String p256dh = request.keys().p256dh().strip();
		if (!isP256Point(decoded(p256dh))) {
			throw new SubscriptionRefused(Reason.BAD_P256DH, language);
		}
		String auth = request.keys().auth().strip();
		byte[] secret = decoded(auth);
		if (secret == null || secret.length != 16) {
			throw new SubscriptionRefused(Reason.BAD_AUTH, language);
		}
		// Kept in the one form the sending side reads, whatever padding or alphabet the browser used.
		Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
		return new Checked(endpoint, base64url.encodeToString(decoded(p256dh)), base64url.encodeToString(secret));
	}

	/** Base64url as browsers give it (padded or not; some older ones used the standard alphabet), or null. */
	static byte[] decoded(String value) {
		String unpadded = value.replace('+', '-').replace('/', '_').replaceAll("=+$", "");
		try {
			return Base64.getUrlDecoder().decode(unpadded);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * An uncompressed point (0x04, x, y) on P-256: what a browser's subscription key is. Checked on the curve
	 * itself (y² = x³ + ax + b mod p): an off-curve point is no key, and an ECDH with it leaks.
	 */
	static boolean isP256Point(byte[] point) {
		if (point == null || point.length != 65 || point[0] != 0x04) {
			return false;
		}
		BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
		BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
		BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
		if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
			return false;
		}
		BigInteger left = y.multiply(y).mod(p);
		BigInteger right = x.pow(3).add(P256.getCurve().getA().multiply(x)).add(P256.getCurve().getB()).mod(p);
		return left.equals(right);
	}

	private static ECParameterSpec p256() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK has no P-256 curve", ex);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private record Checked(String endpoint, String p256dh, String auth) {
	}

	/** What {@code PushSubscription.toJSON()} gives (its {@code expirationTime} is not used: push services say when one is gone). */
	record SubscriptionRequest(String endpoint, Keys keys) {

		record Keys(String p256dh, String auth) {
		}

	}

}
