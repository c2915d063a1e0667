package news.liveblog.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests from readers' browsers count as sent from the site's own pages (no CSRF token to tell). */
class SentFromTheSiteTests {

	private final SentFromTheSite rule = new SentFromTheSite("https://news.example");

	@ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}: {2}")
	@CsvSource(nullValues = "-", value = {
			// Browsers that say where the request comes from are believed.
			"same-origin, -, true", "none, -, true", "cross-site, -, false",
			// A sibling subdomain is not the site.
			"same-site, https://blog.news.example, false",
			// Browsers that do not say it name the page's origin: it must be the site's.
			"-, https://news.example, true", "-, https://NEWS.example:443, true", "-, https://evil.example, false",
			"-, http://news.example, false", "-, https://news.example:8443, false", "-, null, false",
			// No browser a stranger's page can drive: its abuse is the rate limits'.
			"-, -, true" })
	void onlyTheSitesOwnPagesSend(String fetchSite, String origin, boolean passes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/live/summit/questions");
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		assertThat(this.rule.fromTheSite(request)).isEqualTo(passes);
	}

}
