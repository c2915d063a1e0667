package news.liveblog.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site's own secret, made once by whichever instance needs it first and kept in PostgreSQL, so that every
 * instance signs and checks alike: it signs what a page hands out to be sent back (the time a question form
 * was shown: a page from the shared cache carries it, so no instance need remember anything) and hashes
 * client addresses for {@link RateLimits} (their rows never hold an address, and a stolen table does not give
 * them back).
 */
@Component
public class SiteKey {

	private static final String HMAC = "HmacSHA256";

	private final JdbcClient jdbc;

	/** Its own short transaction: the key is first needed inside read-only ones (printing a live page). */
	private final TransactionTemplate ownTransaction;

	private volatile byte[] secret;

	SiteKey(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A signature of the text, URL-safe. */
	public String sign(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(text));
	}

	public boolean signs(String text, String signature) {
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(mac(text), given);
	}

	/** A client address as rate limits keep it: a keyed hash, never the address. */
	String hashOf(String clientAddress) {
		return HexFormat.of().formatHex(mac("address:" + clientAddress));
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(secret(), HMAC));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			// The first instance's key wins; every other one reads it.
			known = this.ownTransaction.execute((status) -> {
				this.jdbc.sql("insert into site_key (id, secret) values (1, ?) on conflict do nothing")
					.param(fresh)
					.update();
				return this.jdbc.sql("select secret from site_key where id = 1").query(byte[].class).single();
			});
			this.secret = known;
		}
		return known;
	}

}
