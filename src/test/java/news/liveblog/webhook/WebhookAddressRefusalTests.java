package news.liveblog.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

	@Autowired
	private JdbcClient jdbc;

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

	@Test
	void anEndpointOnAPrivateAddressIsRefusedAtSendTimeAndTheLogSaysWhy() {
		// As an endpoint registered while private networks were allowed, or a name since pointed at loopback.
		try (Receiver receiver = Receiver.start()) {
			LiveBlog blog = this.newsroom.openPublicBlog();
			long endpoint = this.jdbc.sql("""
					insert into webhook_endpoint (live_blog_id, url, description, secret, state, created_by, created_at)
					values (?, ?, '', ?, 'ACTIVE', 'test', now()) returning id
					""").params(blog.getId(), receiver.url().replace("http://", "https://"), WebhookSignature.newSecret())
				.query(Long.class)
				.single();
			try {
				this.newsroom.publish(blog, "Sent nowhere inside.", Instant.now());

				await().atMost(Duration.ofSeconds(20))
					.until(() -> this.webhooks.log(endpoint, null, 1).getFirst().attempts() > 0);
				assertThat(this.webhooks.log(endpoint, null, 1).getFirst().error()).isEqualTo("PRIVATE_NETWORK");
				assertThat(this.backOffice
					.page("/admin/blogs/" + blog.getId() + "/webhooks/" + endpoint + "/deliveries", this.backOffice.asAdmin())
					.text()).contains("refused: a private network address");
				assertThat(receiver.requests()).isEmpty();
			}
			finally {
				this.webhooks.delete(blog.getId(), endpoint, Newsroom.DESK);
			}
		}
	}

}
