package news.liveblog.push;

import java.math.BigInteger;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;

import news.liveblog.system.StartupRefusedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The server's VAPID identity (RFC 8292): the key pair browsers bind their subscriptions to and push services
 * check each alert's signature with, and the contact address sent with it. Configured keys win; otherwise the
 * first instance to start generates a pair and every instance reads the same row, so that a subscription made
 * through one instance is good for all (an insert that loses to a concurrent one simply reads the winner's).
 */
@Component
@EnableConfigurationProperties(PushSettings.class)
class ServerKeys {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	/**
	 * Made on first use: a {@link VapidKeys} checks that its two halves are a pair (elliptic-curve arithmetic,
	 * run cold at start-up: a twentieth of the main thread's start), and the stored pair is this application's
	 * own, already checked when it was generated.
	 */
	private final SingletonSupplier<WebPush> webPush;

	private final String publicKey;

	ServerKeys(PushSettings settings, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${liveblog.public-url:}") String publicUrl) {
		String subject = subject(settings.vapid().subject(), publicUrl);
		if (settings.vapid().configured()) {
			VapidKeys keys = configured(settings.vapid()); // checked now: a wrong pair stops the start
			this.publicKey = BASE64URL.encodeToString(keys.getApplicationServerKey());
			this.webPush = SingletonSupplier.of(new WebPush(subject, keys));
		}
		else {
			StoredPair stored = transactions.execute((status) -> stored(jdbc, clock));
			this.publicKey = stored.publicKey();
			this.webPush = SingletonSupplier.of(() -> new WebPush(subject,
					VapidKeys.fromUncompressedBytes(stored.publicKey(), stored.privateKey())));
		}
	}

	/** A pair as the table keeps it: base64url, the public key's uncompressed point and the private scalar. */
	private record StoredPair(String publicKey, String privateKey) {
	}

	private static VapidKeys configured(PushSettings.Vapid vapid) {
		try {
			return VapidKeys.fromUncompressedBytes(vapid.publicKey().strip(), vapid.privateKey().strip());
		}
		catch (RuntimeException ex) {
			throw new StartupRefusedException("The configured VAPID keys are not a P-256 key pair.",
					"Set LIVEBLOG_PUSH_VAPID_PUBLIC_KEY and LIVEBLOG_PUSH_VAPID_PRIVATE_KEY to a pair as "
							+ "'npx web-push generate-vapid-keys' prints it (base64url), or unset both to have one generated.");
		}
	}

	// Read first: generating a pair (elliptic-curve key generation, run cold) is a start-up cost only the very
	// first instance needs to pay.
	private static StoredPair stored(JdbcClient jdbc, Clock clock) {
		return storedPair(jdbc).orElseGet(() -> {
			VapidKeys generated = VapidKeys.generate();
			jdbc.sql("insert into push_vapid_key (id, public_key, private_key, created_at) values (1, ?, ?, ?) on conflict do nothing")
				.params(BASE64URL.encodeToString(generated.getApplicationServerKey()),
						BASE64URL.encodeToString(scalar(generated.getPrivateKey().getS())), Timestamp.from(clock.instant()))
				.update();
			return storedPair(jdbc).orElseThrow();
		});
	}

	private static Optional<StoredPair> storedPair(JdbcClient jdbc) {
		return jdbc.sql("select public_key, private_key from push_vapid_key where id = 1")
			.query((row, n) -> new StoredPair(row.getString(1), row.getString(2)))
			.optional();
	}

	/** The private scalar as the 32 bytes the format has, without BigInteger's sign byte or lost leading zeros. */
	private static byte[] scalar(BigInteger s) {
		byte[] bytes = s.toByteArray();
		byte[] fixed = new byte[32];
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
		return fixed;
	}

	/**
	 * Push services accept only a {@code mailto:} or {@code https:} contact; the site's own address is the
	 * natural one, and a site on plain http (a development run) gets a mailto: of its host instead.
	 */
	static String subject(String configured, String publicUrl) {
		if (configured != null && !configured.isBlank()) {
			String subject = configured.strip();
			if (!subject.startsWith("mailto:") && !subject.startsWith("https://")) {
				throw new StartupRefusedException("liveblog.push.vapid.subject is neither a mailto: nor an https: address.",
						"Set LIVEBLOG_PUSH_VAPID_SUBJECT to the newsroom's contact, for example mailto:desk@news.example.");
			}
			return subject;
		}
		if (publicUrl.startsWith("https://")) {
			return publicUrl;
		}
		String host = (publicUrl.isBlank()) ? null : URI.create(publicUrl).getHost();
		return "mailto:liveblog@" + ((host != null) ? host : "localhost");
	}

	/** What a browser subscribes with ({@code applicationServerKey}): the uncompressed public point, base64url. */
	String publicKey() {
		return this.publicKey;
	}

	/** Encrypts payloads and signs the VAPID header with this identity. */
	WebPush webPush() {
		return this.webPush.obtain();
	}

}
