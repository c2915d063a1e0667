package news.liveblog.webhook;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures are the Standard Webhooks specification's, byte for byte; secrets have its form. */
class WebhookSignatureTests {

	@Test
	void signsTheSpecificationsLibrariesTestVectorAsTheyDo() {
		// From standard-webhooks/standard-webhooks, libraries/go/webhook_test.go (TestWebhookSign).
		String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
		String body = "{\"test\": 2432232314}";

		String signature = WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body);

		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
		assertThat(SignatureCheck.valid(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body, signature))
			.isTrue();
		assertThat(SignatureCheck.valid(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265331", body, signature))
			.as("another timestamp").isFalse();
	}

	@Test
	void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
		String secret = WebhookSignature.newSecret();

		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
		assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
	}

}
