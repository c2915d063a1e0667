package news.liveblog.feed;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.InertHtml;
import news.liveblog.ServerTest;
import news.liveblog.XssVectors;
import news.liveblog.dev.DemoLiveBlog;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a link puts in an address (a crafted "older updates" link, a slug, an entry id, the sign-in
 * page's error flag), the answer is a page or a refusal that nothing in the address can script: the XSS
 * corpus in every parameter and path segment of the public pages, through the real server, error pages
 * and Jetty's own refusals included.
 */
@ServerTest
class XssInAddressesTests {

	private static final String DEMO = "/live/" + DemoLiveBlog.SLUG;

	@LocalServerPort
	private int port;

	@Test
	void noVectorInAnAddressComesBackAsMarkup() {
		Browser browser = new Browser(this.port);
		for (String vector : XssVectors.all()) {
			for (String address : addresses(vector)) {
				HttpResponse<String> response = browser.get(address);
				String where = address + " (" + response.statusCode() + ")";

				assertThat(response.statusCode()).as(where).isIn(200, 400, 404);
				InertHtml.assertInert(Browser.parse(response), where);
				if (vector.contains("<")) {
					assertThat(response.body()).as("the vector reflected as it is on " + where).doesNotContain(vector);
				}
			}
		}
	}

	private static List<String> addresses(String vector) {
		String parameter = URLEncoder.encode(vector, StandardCharsets.UTF_8);
		String segment = UriUtils.encodePathSegment(vector, StandardCharsets.UTF_8);
		return List.of(DEMO + "?before=" + parameter, DEMO + "?order=" + parameter,
				DEMO + "?order=oldest&after=" + parameter, "/live/" + segment, DEMO + "/entries/" + segment,
				DEMO + "/entries/" + segment + "/revisions", "/live/" + segment + "/feed.atom",
				DEMO + "/events?since=" + parameter, "/admin/login?error=" + parameter + "&signedOut=" + parameter);
	}

}
