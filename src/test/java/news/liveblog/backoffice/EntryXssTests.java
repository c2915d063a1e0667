package news.liveblog.backoffice;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.InertHtml;
import news.liveblog.Pages;
import news.liveblog.TestBlogs;
import news.liveblog.account.Accounts;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Whatever an editor pastes into an entry (by mistake, or an attacker with a stolen account), readers and
 * the other editors only ever see text: no script runs on the public feed, the entry's page, the composer
 * list, the correction page or the preview, and a headline reads exactly as typed.
 */
@ApplicationTest
class EntryXssTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Accounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
			"<a href=\"javascript:alert(1)\">x</a>", "\"><svg onload=alert(1)>",
			"[x](JaVaScRiPt:alert(1)) <IMG SRC=\"jav&#x09;ascript:alert(1)\">" })
	void aPayloadInTheHeadlineAndTheBodyComesOutInertEverywhere(String payload) {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);

		MvcTestResult published = post(blog, "publish", payload);
		assertThat(published).hasStatus(HttpStatus.FOUND);
		long id = (Long) published.getMvcResult().getFlashMap().get("doneEntryId");

		Document feed = page(this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange());
		InertHtml.assertInert(feed, "the public feed");
		assertThat(feed.selectFirst("#entry-" + id + " .entry-headline").wholeText()).isEqualTo(payload);

		Document permalink = page(this.mvc.get().uri("/live/{slug}/entries/{id}", blog.getSlug(), id).exchange());
		InertHtml.assertInert(permalink, "the entry's page");
		assertThat(permalink.selectFirst("#entry-" + id + " .entry-headline").wholeText()).isEqualTo(payload);
		assertThat(permalink.title()).startsWith(payload);

		Document composer = page(this.mvc.get().uri("/admin/live/{slug}", blog.getSlug()).with(asEditor()).exchange());
		InertHtml.assertInert(composer, "the composer list");
		assertThat(composer.selectFirst("#admin-entry-" + id + " .entry-headline").wholeText()).isEqualTo(payload);

		Document edit = page(this.mvc.get()
			.uri("/admin/live/{slug}/entries/{id}/edit", blog.getSlug(), id)
			.with(asEditor())
			.exchange());
		InertHtml.assertInert(edit, "the correction page");
		assertThat(edit.selectFirst("input#headline").val()).isEqualTo(payload);
		assertThat(edit.selectFirst("textarea#body").wholeText()).isEqualTo(payload);

		Document preview = page(post(blog, "preview", payload));
		InertHtml.assertInert(preview, "the preview");
		assertThat(preview.selectFirst("section.preview .entry-headline").wholeText()).isEqualTo(payload);
		assertThat(preview.selectFirst("form#composer input#headline").val()).isEqualTo(payload);
	}

	private MvcTestResult post(LiveBlog blog, String action, String payload) {
		return this.mvc.post()
			.uri("/admin/live/{slug}/entries", blog.getSlug())
			.with(asEditor())
			.with(csrf())
			.param("headline", payload)
			.param("body", payload)
			.param("submissionToken", UUID.randomUUID().toString())
			.param("action", action)
			.exchange();
	}

	private RequestPostProcessor asEditor() {
		return SignedIn.as(this.accounts, DemoAccounts.EDITOR);
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
