package news.liveblog.webhook;

import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As deployed (private networks not allowed): an endpoint the server could be made to reach inside its own
 * network, or in the clear, or that does not exist, is refused beside the field, with the address kept.
 */
@ApplicationTest
@TestPropertySource(properties = "liveblog.webhooks.allow-private-networks=false")
class WebhookAddressRefusalTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Webhooks webhooks;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://partner.example/hook            | The address must start with https://.
			https://127.0.0.1/hook                 | This address is on a private, loopback or link-local network, which the server may not call.
			https://localhost:8080/actuator        | This address is on a private, loopback or link-local network, which the server may not call.
			https://169.254.169.254/latest/meta-data | This address is on a private, loopback or link-local network, which the server may not call.
			https://10.1.2.3/hook                  | This address is on a private, loopback or link-local network, which the server may not call.
			https://[::1]/hook                     | This address is on a private, loopback or link-local network, which the server may not call.
			https://user:pass@partner.example/hook | The address must start with https://.
			https://no-such-host.invalid/hook      | No server answers to this name: check the address.
			""")
	void anAddressTheServerMayNotCallIsRefusedBesideTheField(String url, String message) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		MvcTestResult refused = this.backOffice.post("/admin/blogs/" + blog.getId() + "/webhooks",
				this.backOffice.asAdmin(), Map.of("url", url, "description", ""));

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(refused).selectFirst("form[action$=/webhooks]");
		assertThat(BackOffice.fieldError(form, "url")).isEqualTo(message);
		assertThat(form.selectFirst("[name=url]").val()).isEqualTo(url);
		assertThat(this.webhooks.endpoints(blog.getId())).isEmpty();
	}

}
