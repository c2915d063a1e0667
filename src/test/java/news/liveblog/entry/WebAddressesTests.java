package news.liveblog.entry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's image and link may only make readers' browsers load or follow an absolute web address: no
 * script, no inline data, nothing relative, no credentials to disguise the host.
 */
class WebAddressesTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://images.example.org/summit.jpg", "HTTPS://images.example.org/a.png",
			"https://example.org:8443/a%20b.jpg?w=1200&h=675#top", "https://192.0.2.10/photo.webp" })
	void absoluteHttpsAddressesAreImages(String address) {
		assertThat(WebAddresses.isHttps(address)).isTrue();
		assertThat(WebAddresses.isWeb(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.org/article", "HTTP://example.org/" })
	void plainHttpIsALinkButNeverAnImage(String address) {
		assertThat(WebAddresses.isWeb(address)).isTrue();
		assertThat(WebAddresses.isHttps(address)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
			"java\tscript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "data:text/html,<script>alert(1)</script>",
			"vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/a.jpg", "/images/a.jpg", "images/a.jpg",
			"//evil.example/a.jpg", "https:///a.jpg", "https://", "https:a.jpg", "https://bank.example@evil.example/",
			"https://exa mple.org/a.jpg", "https://example.org/\"onerror=\"alert(1)", " https://example.org/a.jpg",
			"https://example.org/a.jpg\n", "", "   " })
	void anythingElseIsRefused(String address) {
		assertThat(WebAddresses.isHttps(address)).isFalse();
		assertThat(WebAddresses.isWeb(address)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2001, 5000 })
	void anAddressLongerThanAnyRealOneIsRefused(int length) {
		String address = "https://example.org/" + "a".repeat(length);
		assertThat(WebAddresses.isWeb(address)).isFalse();
	}

}
