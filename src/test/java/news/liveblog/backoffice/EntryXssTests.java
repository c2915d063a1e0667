package news.liveblog.backoffice;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.InertHtml;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an editor pastes into an entry (by mistake, or an attacker with a stolen account), readers and
 * the other editors only ever see text: no script runs on the public feed, the entry's page, the composer
 * list, the correction page or the preview, and a headline reads exactly as typed.
 */
@ApplicationTest
class EntryXssTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
			"<a href=\"javascript:alert(1)\">x</a>", "\"><svg onload=alert(1)>",
			"[x](JaVaScRiPt:alert(1)) <IMG SRC=\"jav&#x09;ascript:alert(1)\">" })
	void aPayloadInTheHeadlineAndTheBodyComesOutInertEverywhere(String payload) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		long id = BackOffice.doneEntryId(post(blog, "publish", payload));

		Document feed = page(this.backOffice.get("/live/" + blog.getSlug()));
		InertHtml.assertInert(feed, "the public feed");
		assertThat(feed.selectFirst("#entry-" + id + " .entry-headline").wholeText()).isEqualTo(payload);

		Document permalink = page(this.backOffice.get("/live/" + blog.getSlug() + "/entries/" + id));
		InertHtml.assertInert(permalink, "the entry's page");
		assertThat(permalink.selectFirst("#entry-" + id + " .entry-headline").wholeText()).isEqualTo(payload);
		assertThat(permalink.title()).startsWith(payload);

		Document composer = page(this.backOffice.get("/admin/live/" + blog.getSlug(), this.backOffice.asEditor()));
		InertHtml.assertInert(composer, "the composer list");
		assertThat(composer.selectFirst("#admin-entry-" + id + " .entry-headline").wholeText()).isEqualTo(payload);

		Document edit = this.backOffice.editPage(blog, id, this.backOffice.asEditor());
		InertHtml.assertInert(edit, "the correction page");
		assertThat(edit.selectFirst("input#headline").val()).isEqualTo(payload);
		assertThat(edit.selectFirst("textarea#body").wholeText()).isEqualTo(payload);

		Document preview = page(post(blog, "preview", payload));
		InertHtml.assertInert(preview, "the preview");
		assertThat(preview.selectFirst("section.preview .entry-headline").wholeText()).isEqualTo(payload);
		assertThat(preview.selectFirst("form#composer input#headline").val()).isEqualTo(payload);
	}

	private MvcTestResult post(LiveBlog blog, String action, String payload) {
		return this.backOffice.newEntry(blog).headline(payload).body(payload).send(action);
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
