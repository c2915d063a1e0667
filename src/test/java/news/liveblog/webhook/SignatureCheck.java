package news.liveblog.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a request's signature, written from the Standard Webhooks specification and not from
 * the application's code: what a partner's verifier does.
 */
final class SignatureCheck {

	private SignatureCheck() {
	}

	static boolean valid(String secret, Receiver.Request request) {
		return valid(secret, request.id(), request.timestamp(), request.body(), request.signature());
	}

	/** Whether one of the header's space-separated signatures is the v1 one for that id, timestamp and body. */
	static boolean valid(String secret, String id, String timestamp, String body, String header) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			for (String signature : header.split(" ")) {
				if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
						Base64.getDecoder().decode(signature.substring(3)))) {
					return true;
				}
			}
			return false;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
