package news.liveblog.backoffice;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.ServerTest;
import news.liveblog.dev.DemoAccounts;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error page met in the back office (an old link to a blog since deleted, a mistyped address) leads back to the
 * back office, where the editor was, before the readers' front page (found by a helper); a reader's does not.
 */
@ServerTest
class BackOfficeErrorPagesTests {

	@LocalServerPort
	private int port;

	@Test
	void aPageNotFoundInTheBackOfficeLeadsBackToIt() {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);

		HttpResponse<String> missing = editor.get(this.port, "/admin/live/no-such-blog");

		assertThat(missing.statusCode()).isEqualTo(404);
		Document page = Browser.parse(missing);
		assertThat(page.select("main a").eachAttr("href")).containsExactly("/admin", "/");
		assertThat(page.selectFirst("main a[href=/admin]").text()).isEqualTo("Back to the back office");

		Document readers = Browser.parse(new Browser(this.port).get("/live/no-such-blog"));
		assertThat(readers.select("main a").eachAttr("href")).containsExactly("/");
	}

}
