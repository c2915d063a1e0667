package news.liveblog.push;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's side of Web Push, written for the tests from RFC 8291 and RFC 8188 with the JDK alone, apart
 * from the code that sends: the subscription's key pair and auth secret, the decryption of an aes128gcm
 * body, and the check of a VAPID header (RFC 8292) with the server's public key.
 */
final class BrowserPushKeys {

	static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private static final ECParameterSpec P256 = p256();

	private final ECPrivateKey privateKey;

	private final byte[] publicKey;

	private final byte[] auth;

	BrowserPushKeys(ECPrivateKey privateKey, byte[] publicKey, byte[] auth) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.auth = auth;
	}

	/** A fresh subscription's keys, as a browser makes them. */
	static BrowserPushKeys generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			byte[] auth = new byte[16];
			new SecureRandom().nextBytes(auth);
			return new BrowserPushKeys((ECPrivateKey) pair.getPrivate(), uncompressed((ECPublicKey) pair.getPublic()), auth);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Keys given as RFC 8291's example gives them: the private scalar, the public point, the secret. */
	static BrowserPushKeys of(String privateKey, String publicKey, String auth) {
		try {
			ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
				.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, decode(privateKey)), P256));
			return new BrowserPushKeys(key, decode(publicKey), decode(auth));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String p256dh() {
		return BASE64URL.encodeToString(this.publicKey);
	}

	String auth() {
		return BASE64URL.encodeToString(this.auth);
	}

	/** The payload of an aes128gcm body (RFC 8291 section 3.4, RFC 8188 section 2), or an exception. */
	byte[] decrypt(byte[] body) throws GeneralSecurityException {
		ByteBuffer header = ByteBuffer.wrap(body);
		byte[] salt = new byte[16];
		header.get(salt);
		int recordSize = header.getInt();
		int keyIdLength = header.get() & 0xff;
		byte[] serverPublicKey = new byte[keyIdLength];
		header.get(serverPublicKey);
		byte[] ciphertext = Arrays.copyOfRange(body, header.position(), body.length);
		if (ciphertext.length > recordSize) {
			throw new GeneralSecurityException("More than one record: a push message is one");
		}

		KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
		agreement.init(this.privateKey);
		agreement.doPhase(publicKeyOf(serverPublicKey), true);
		byte[] ecdhSecret = agreement.generateSecret();

		byte[] prkKey = hmac(this.auth, ecdhSecret);
		byte[] keyInfo = concat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] { 0 }, this.publicKey,
				serverPublicKey, new byte[] { 1 });
		byte[] ikm = hmac(prkKey, keyInfo);
		byte[] prk = hmac(salt, ikm);
		byte[] cek = Arrays.copyOf(hmac(prk, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII),
				new byte[] { 0, 1 })), 16);
		byte[] nonce = Arrays.copyOf(hmac(prk, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII),
				new byte[] { 0, 1 })), 12);

		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
		byte[] padded = cipher.doFinal(ciphertext);
		// The last record ends with its delimiter 0x02, then any zero padding.
		int end = padded.length - 1;
		while (end >= 0 && padded[end] == 0) {
			end--;
		}
		if (end < 0 || padded[end] != 2) {
			throw new GeneralSecurityException("No last-record delimiter");
		}
		return Arrays.copyOf(padded, end);
	}

	/**
	 * The claims of a valid VAPID {@code Authorization} header ({@code vapid t=<JWT>, k=<public key>}), checked:
	 * ES256 over header and claims with the key it names, which must be the server's.
	 * @throws AssertionError when anything is off
	 */
	static String verifiedVapidClaims(String authorization, String serverPublicKey) throws GeneralSecurityException {
		if (authorization == null || !authorization.startsWith("vapid ")) {
			throw new AssertionError("Not a VAPID Authorization header: " + authorization);
		}
		String token = null;
		String key = null;
		for (String parameter : authorization.substring("vapid ".length()).split(",")) {
			String[] nameAndValue = parameter.strip().split("=", 2);
			if (nameAndValue[0].equals("t")) {
				token = nameAndValue[1];
			}
			else if (nameAndValue[0].equals("k")) {
				key = nameAndValue[1];
			}
		}
		if (!serverPublicKey.equals(key)) {
			throw new AssertionError("k is not the server's public key: " + key);
		}
		String[] parts = token.split("\\.");
		String header = new String(decode(parts[0]), StandardCharsets.UTF_8);
		if (!header.contains("\"ES256\"")) {
			throw new AssertionError("Not an ES256 token: " + header);
		}
		Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
		verifier.initVerify(publicKeyOf(decode(key)));
		verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		if (!verifier.verify(decode(parts[2]))) {
			throw new AssertionError("The VAPID signature does not verify with the server's key");
		}
		return new String(decode(parts[1]), StandardCharsets.UTF_8);
	}

	static byte[] decode(String base64url) {
		return Base64.getUrlDecoder().decode(base64url);
	}

	private static ECPublicKey publicKeyOf(byte[] uncompressed) throws GeneralSecurityException {
		ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
		return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256));
	}

	private static byte[] uncompressed(ECPublicKey key) {
		byte[] point = new byte[65];
		point[0] = 4;
		copyFixed(key.getW().getAffineX(), point, 1);
		copyFixed(key.getW().getAffineY(), point, 33);
		return point;
	}

	private static void copyFixed(BigInteger value, byte[] into, int at) {
		byte[] bytes = value.toByteArray();
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
	}

	private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		ByteBuffer all = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			all.put(part);
		}
		return all.array();
	}

	private static ECParameterSpec p256() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
