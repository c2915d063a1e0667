package news.liveblog.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.SecondInstance;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which sites may frame a blog's embed ({@code LIVEBLOG_EMBED_PARTNER_ORIGINS}): any by default, else the
 * origins listed, written as browsers compare them; anything that is not an origin stops the start-up with a
 * sentence that says what to set. The embed says so without the X-Frame-Options that would contradict it.
 */
@ExtendWith(OutputCaptureExtension.class)
class PartnerFramingTests {

	@Test
	void anySiteMayFrameTheEmbedByDefault() {
		for (String setting : new String[] { null, "", " ", "*", " * " }) {
			PartnerFraming framing = new PartnerFraming(setting);

			assertThat(framing.partnerOrigins()).isEmpty();
			assertThat(framing.embedHeaders().get("Content-Security-Policy")).contains("frame-ancestors *;");
			assertThat(framing.embedHeaders()).doesNotContainKey("X-Frame-Options");
		}
	}

	@Test
	void theListedOriginsAloneMayFrameItWrittenAsBrowsersCompareThem() {
		PartnerFraming framing = new PartnerFraming(
				" https://News.Partner.example/ ,http://localhost:8080, https://*.regional.example,,");

		assertThat(framing.partnerOrigins()).containsExactly("https://news.partner.example", "http://localhost:8080",
				"https://*.regional.example");
		assertThat(framing.embedHeaders().get("Content-Security-Policy")).contains(
				"frame-ancestors https://news.partner.example http://localhost:8080 https://*.regional.example;");
	}

	@Test
	void theEmbedSaysWhatEveryPageSaysButWhoMayFrameIt() {
		Map<String, String> embed = new PartnerFraming("*").embedHeaders();

		assertThat(embed.get("Content-Security-Policy").replace("frame-ancestors *;", "frame-ancestors 'none';"))
			.isEqualTo(SecurityHeaders.HEADERS.get("Content-Security-Policy"));
		SecurityHeaders.HEADERS.forEach((name, value) -> {
			if (!name.equals("Content-Security-Policy") && !name.equals("X-Frame-Options")) {
				assertThat(embed).containsEntry(name, value);
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "partner.example", "https://partner.example/live", "https://partner.example?x=1",
			"https://partner.example#top", "ftp://partner.example", "https://user@partner.example", "'self'",
			"https://partner example", "javascript:alert(1)", "https://", "https://a.example; script-src *" })
	void anythingButAnOriginStopsTheStartUp(String origin) {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> new PartnerFraming("https://fine.example, " + origin))
			.withMessage("LIVEBLOG_EMBED_PARTNER_ORIGINS holds '" + origin.strip()
					+ "', which is not an origin of a site.");
	}

	@Test
	void theApplicationWithAMalformedOriginDoesNotStartAndSaysWhatToSet(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> SecondInstance.with("liveblog.embed.partner-origins=partner.example").start().close());

		assertThat(output).contains("LIVEBLOG_EMBED_PARTNER_ORIGINS holds 'partner.example', which is not an origin of a site.")
			.contains("Set LIVEBLOG_EMBED_PARTNER_ORIGINS to * for any site, or to the partner sites' origins");
	}

	@Test
	void onlyABlogsEmbedIsTheEmbed() {
		assertThat(PartnerFraming.isEmbed("/live/sommet/embed")).isTrue();
		for (String other : new String[] { "/live/sommet", "/live/sommet/embed/x", "/live//embed", "/live/a/b/embed",
				"/embed", "/embed.js", "/admin/live/sommet/embed", null }) {
			assertThat(PartnerFraming.isEmbed(other)).as(other).isFalse();
		}
	}

}
