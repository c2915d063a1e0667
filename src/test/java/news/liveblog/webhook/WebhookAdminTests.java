package news.liveblog.webhook;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.audit.AuditEvent;
import news.liveblog.audit.AuditTrail;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin manages a blog's endpoints: the secret is shown once and never again, a refused address is said
 * beside the field with what was typed kept, deleting asks first, the audit trail records it all (never the
 * secret), and nobody but an admin gets in.
 */
@ApplicationTest
class WebhookAdminTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Webhooks webhooks;

	@Autowired
	private AuditTrail auditTrail;

	@Test
	void theSecretIsShownOnceOnThePageAfterAddingThenNeverAgain() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		String url = "http://127.0.0.1:9/hooks/" + blog.getSlug();

		MvcTestResult added = add(blog, url, "Regional partner");

		assertThat(added).hasStatus(HttpStatus.FOUND);
		Document secretPage = this.backOffice.follow(added, this.backOffice.asAdmin());
		String secret = secretPage.selectFirst("#webhook-secret").val();
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(secretPage.text()).contains("shown only this once").contains(url);
		assertThat(secretPage.select("[data-copy-secret]")).hasSize(1);
		assertThat(added.getResponse().getRedirectedUrl()).endsWith("/secret");
		// A reload, the back button, another admin at the address: only the list, which never shows it.
		MvcTestResult again = this.backOffice.get(added.getResponse().getRedirectedUrl(), this.backOffice.asAdmin());
		assertThat(again).hasStatus(HttpStatus.FOUND);
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(list(blog));
		Document listPage = this.backOffice.page(list(blog), this.backOffice.asAdmin());
		assertThat(listPage.html()).doesNotContain(secret).doesNotContain("whsec_");
		assertThat(listPage.select(".webhook-url").text()).isEqualTo(url);
		assertThat(listPage.text()).contains("Regional partner").contains("Active");

		// A new secret is shown once too, and differs.
		long endpointId = this.webhooks.endpoints(blog.getId()).getFirst().id();
		MvcTestResult rotated = this.backOffice.post(list(blog) + "/" + endpointId + "/secret",
				this.backOffice.asAdmin(), Map.of());
		String newSecret = this.backOffice.follow(rotated, this.backOffice.asAdmin()).selectFirst("#webhook-secret").val();
		assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);

		List<AuditEvent> trail = this.auditTrail.page(null)
			.stream()
			.filter((event) -> blog.getId().equals(event.getLiveBlogId()) && event.getAction().startsWith("webhook."))
			.toList();
		assertThat(trail).extracting(AuditEvent::getAction).containsExactly("webhook.SECRET_ROTATED", "webhook.ADDED");
		assertThat(trail).extracting(AuditEvent::getDetails).containsOnly(url);
	}

	@Test
	void aRefusedAddressIsSaidBesideTheFieldWithWhatWasTypedKept() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		String url = "http://127.0.0.1:9/hooks/" + blog.getSlug();
		add(blog, url, "");

		assertRefused(blog, url, "This blog already sends to this address.");
		assertRefused(blog, "ftp://partner.example/hook", "The address must start with https:// or http://.");
		assertRefused(blog, "https://partner.example/" + "a".repeat(2000), "This address is longer than 2,000 characters.");
		assertRefused(blog, "  ", "Enter the address that receives the events.");
		assertThat(this.webhooks.endpoints(blog.getId())).hasSize(1);
	}

	@Test
	void deletingAsksFirstThenDropsTheEndpointAndWhatWaitedForIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		String url = "http://127.0.0.1:9/hooks/" + blog.getSlug();
		add(blog, url, "");
		long endpointId = this.webhooks.endpoints(blog.getId()).getFirst().id();

		Document confirmation = this.backOffice.page(list(blog) + "/" + endpointId + "/delete", this.backOffice.asAdmin());
		assertThat(confirmation.text()).contains("Delete this endpoint?").contains(url);
		assertThat(this.webhooks.endpoints(blog.getId())).hasSize(1);

		MvcTestResult deleted = this.backOffice.post(list(blog) + "/" + endpointId + "/delete", this.backOffice.asAdmin(),
				Map.of());

		assertThat(this.backOffice.follow(deleted, this.backOffice.asAdmin()).text()).contains("The endpoint is deleted.")
			.contains("No endpoint yet.");
		assertThat(this.webhooks.endpoints(blog.getId())).isEmpty();
		assertThat(this.auditTrail.page(null)).filteredOn((event) -> blog.getId().equals(event.getLiveBlogId()))
			.extracting(AuditEvent::getAction)
			.first()
			.isEqualTo("webhook.DELETED");
	}

	@Test
	void aTestEventIsInTheDeliveryLogNewestFirst() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		add(blog, "http://127.0.0.1:9/hooks/" + blog.getSlug(), "");
		long endpointId = this.webhooks.endpoints(blog.getId()).getFirst().id();
		// Paused, so that the log is read as it was written: nothing tries to send it meanwhile.
		this.webhooks.pause(blog.getId(), endpointId, Newsroom.DESK);

		MvcTestResult sent = this.backOffice.post(list(blog) + "/" + endpointId + "/test", this.backOffice.asAdmin(),
				Map.of());

		Document log = this.backOffice.follow(sent, this.backOffice.asAdmin());
		assertThat(log.text()).contains("A test event is on its way.");
		Element row = log.selectFirst(".webhook-delivery");
		assertThat(row.text()).contains("webhook.test").contains("waiting").contains("msg_");
		this.webhooks.delete(blog.getId(), endpointId, Newsroom.DESK);
	}

	@Test
	void theBlogsSettingsLinkToItsWebhooksInFrenchToo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		Document settings = this.backOffice.settingsPage(blog.getSlug());
		assertThat(settings.selectFirst(".blog-webhooks-link a").attr("href")).isEqualTo(list(blog));
		Document french = this.backOffice.page(list(blog), this.backOffice.asAdmin(), "fr");
		assertThat(french.selectFirst("h1").text()).isEqualTo("Webhooks de " + blog.getTitle());
		assertThat(french.text()).contains("Ajouter un point de réception");
	}

	/**
	 * The webhooks' pages are back-office pages like the others: the menu, who is signed in, the line that says when
	 * the session ends (they had none of it; found by a helper).
	 */
	@Test
	void theWebhooksPagesCarryTheBackOfficesMenuAndWhoIsSignedIn() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		Document page = this.backOffice.page(list(blog), this.backOffice.asAdmin());

		assertThat(page.select("nav.admin-nav a").eachAttr("href")).contains("/admin", "/admin/accounts", "/admin/audit");
		assertThat(page.selectFirst("header").text()).contains("Signed in as");
		assertThat(page.getElementById("session-ended")).isNotNull();
	}

	@Test
	void onlyAnAdminReachesAnyOfIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		assertThat(this.backOffice.get(list(blog), this.backOffice.asEditor())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.backOffice.post(list(blog), this.backOffice.asEditor(),
				Map.of("url", "http://127.0.0.1:9/forged", "description", "")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.webhooks.endpoints(blog.getId())).isEmpty();
		assertThat(this.backOffice.get(list(blog))).as("a stranger").hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aRefusedAddressIsSummedUpAtTheTopOfTheFormAndMarksItsField() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		MvcTestResult refused = add(blog, "ftp://partner.example/hook", "");

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		BackOffice.assertProblemSummedUp(Pages.parse(refused).selectFirst("form[action$=/webhooks]"), "url",
				"The address must start with https:// or http://.");
	}

	private MvcTestResult add(LiveBlog blog, String url, String description) {
		return this.backOffice.post(list(blog), this.backOffice.asAdmin(), Map.of("url", url, "description", description));
	}

	private void assertRefused(LiveBlog blog, String url, String message) {
		MvcTestResult refused = add(blog, url, "Kept description");
		assertThat(refused).as(url).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(refused).selectFirst("form[action$=/webhooks]");
		assertThat(BackOffice.fieldError(form, "url")).isEqualTo(message);
		assertThat(form.selectFirst("[name=url]").val()).isEqualTo(url);
		assertThat(form.selectFirst("[name=description]").val()).isEqualTo("Kept description");
	}

	static String list(LiveBlog blog) {
		return "/admin/blogs/" + blog.getId() + "/webhooks";
	}

}
