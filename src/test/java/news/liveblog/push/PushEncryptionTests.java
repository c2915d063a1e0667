package news.liveblog.push;

import java.nio.charset.StandardCharsets;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tests' browser side (BrowserPushKeys) reads RFC 8291's own worked example, so it can be trusted to
 * judge what the server sends; and what the library the server sends with encrypts, it reads back.
 */
class PushEncryptionTests {

	/** RFC 8291, section 5 and appendix A: the receiving user agent's keys and the message sent to it. */
	private static final BrowserPushKeys RFC_8291_RECEIVER = BrowserPushKeys.of("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94",
			"BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
			"BTBZMqHH6r4Tts7J_aSIgg");

	private static final String RFC_8291_MESSAGE = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZII"
			+ "gDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

	@Test
	void theRfcsWorkedExampleDecryptsToItsPlaintext() throws Exception {
		byte[] plaintext = RFC_8291_RECEIVER.decrypt(BrowserPushKeys.decode(RFC_8291_MESSAGE));

		assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo("When I grow up, I want to be a watermelon");
	}

	@Test
	void aTamperedMessageDoesNotDecrypt() {
		byte[] message = BrowserPushKeys.decode(RFC_8291_MESSAGE);
		message[message.length - 20] ^= 1;

		assertThatExceptionOfType(java.security.GeneralSecurityException.class)
			.isThrownBy(() -> RFC_8291_RECEIVER.decrypt(message));
	}

	@Test
	void whatTheServerEncryptsTheBrowserReadsBackAndTheVapidHeaderVerifies() throws Exception {
		BrowserPushKeys browser = BrowserPushKeys.generate();
		VapidKeys serverKeys = VapidKeys.generate();
		WebPush webPush = new WebPush("mailto:desk@news.example", serverKeys);
		String payload = "{\"title\":\"Élection présidentielle\",\"body\":\"Résultats à 20 h\"}";

		byte[] body = webPush.getBody(payload.getBytes(StandardCharsets.UTF_8), BrowserPushKeys.decode(browser.p256dh()),
				BrowserPushKeys.decode(browser.auth()));
		String authorization = webPush.getHeaders("https://push.example/send/abc", 60, null, null).get("Authorization");

		assertThat(new String(browser.decrypt(body), StandardCharsets.UTF_8)).isEqualTo(payload);
		assertThat(BrowserPushKeys.verifiedVapidClaims(authorization,
				BrowserPushKeys.BASE64URL.encodeToString(serverKeys.getApplicationServerKey())))
			.contains("\"aud\":\"https://push.example\"", "\"sub\":\"mailto:desk@news.example\"");
	}

	@Test
	void onlyAPointOnTheP256CurveIsASubscriptionKey() {
		byte[] point = BrowserPushKeys.decode(RFC_8291_RECEIVER.p256dh());
		assertThat(PushSubscriptions.isP256Point(point)).isTrue();

		byte[] offTheCurve = point.clone();
		offTheCurve[64] ^= 1;
		assertThat(PushSubscriptions.isP256Point(offTheCurve)).isFalse();
		byte[] compressed = java.util.Arrays.copyOf(point, 33);
		compressed[0] = 2;
		assertThat(PushSubscriptions.isP256Point(compressed)).isFalse();
	}

	@Test
	void theVapidContactIsTheSitesHttpsAddressOrAMailtoOfItsHost() {
		assertThat(ServerKeys.subject("", "https://news.example")).isEqualTo("https://news.example");
		assertThat(ServerKeys.subject(null, "http://localhost:8124")).isEqualTo("mailto:liveblog@localhost");
		assertThat(ServerKeys.subject("mailto:desk@news.example", "https://news.example")).isEqualTo("mailto:desk@news.example");
	}

}
