package news.liveblog.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.SecondInstance;
import news.liveblog.system.StartupRefusedException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The configured public address is checked once, at start-up: an absolute http or https address of a site,
 * written with or without a trailing slash, with a path if the site is under one. The packaged application
 * does not start without it.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressesTests {

	@Test
	void everyAddressStartsWithTheConfiguredOneWrittenWithOrWithoutItsTrailingSlash() {
		for (String configured : new String[] { "https://news.example", "https://news.example/",
				" HTTPS://news.example// " }) {
			PublicAddresses addresses = new PublicAddresses(configured);

			assertThat(addresses.home()).isEqualTo("https://news.example/");
			assertThat(addresses.feed("sommet")).isEqualTo("https://news.example/live/sommet");
			assertThat(addresses.entry("sommet", 14)).isEqualTo("https://news.example/live/sommet/entries/14");
			assertThat(addresses.atom("sommet")).isEqualTo("https://news.example/live/sommet/feed.atom");
			assertThat(addresses.apiEntries("sommet", 14, 20))
				.isEqualTo("https://news.example/api/live/sommet/entries?before=14&limit=20");
			assertThat(addresses.sitemap()).isEqualTo("https://news.example/sitemap.xml");
		}
	}

	@Test
	void aSiteUnderAPathOrOnAPortKeepsThem() {
		assertThat(new PublicAddresses("http://localhost:8080/blogs/").feed("sommet"))
			.isEqualTo("http://localhost:8080/blogs/live/sommet");
	}

	@Test
	void theEmbedAndItsScriptAreOnTheSiteAndItsOriginIsWrittenAsBrowsersWriteIt() {
		PublicAddresses addresses = new PublicAddresses("HTTPS://News.example:443/blogs/");

		assertThat(addresses.embed("sommet")).isEqualTo("https://News.example:443/blogs/live/sommet/embed");
		assertThat(addresses.embedScript()).isEqualTo("https://News.example:443/blogs/embed.js");
		assertThat(addresses.origin()).isEqualTo("https://news.example");
		assertThat(new PublicAddresses("http://localhost:8080").origin()).isEqualTo("http://localhost:8080");
	}

	@Test
	void thePackagedApplicationWithoutTheSettingDoesNotStartAndSaysWhatToSet(CapturedOutput output) {
		// As LIVEBLOG_PUBLIC_URL unset leaves it, over the tests' own address.
		assertThatException().isThrownBy(() -> SecondInstance.with("liveblog.public-url=").start().close());

		assertThat(output).contains("No public address is configured: LIVEBLOG_PUBLIC_URL is not set.")
			.contains("Set LIVEBLOG_PUBLIC_URL to the address readers reach this site at, for example "
					+ "https://news.example.");
	}

	@Test
	void blankIsNoAddress() {
		for (String missing : new String[] { null, "", "  " }) {
			assertThatExceptionOfType(StartupRefusedException.class).isThrownBy(() -> new PublicAddresses(missing))
				.withMessage("No public address is configured: LIVEBLOG_PUBLIC_URL is not set.");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "news.example", "/live", "//news.example", "ftp://news.example", "javascript:alert(1)",
			"https://", "https://news.example/?utm_source=x", "https://news.example/?", "https://news.example/#top",
			"https://news.example#", "https://user:secret@news.example", "https://news example" })
	void anythingButAnAbsoluteHttpAddressWithoutQueryOrFragmentStopsTheStartUp(String configured) {
		assertThatExceptionOfType(StartupRefusedException.class).isThrownBy(() -> new PublicAddresses(configured))
			.withMessage("LIVEBLOG_PUBLIC_URL is not an absolute http or https address: '" + configured + "'.");
	}

}
