package news.liveblog.system;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees when Jetty refuses a request before the application has it: a link cut in the middle of an
 * encoded character, a browser carrying too many cookies. A page in the site's look, in each of its languages (Jetty
 * has not read the request's headers, the browser's language among them), which says what went wrong and leads to
 * the front page, never Jetty's "HTTP ERROR 400" table.
 */
@ServerTest
class JettyErrorPagesTests {

	@LocalServerPort
	private int port;

	@Test
	void anAddressThatCannotBeDecodedGetsAPageInTheSitesLookInEachOfItsLanguages() {
		HttpResponse<String> answer = new Browser(this.port).get("/live/zelensky-otan-bruxelles%00",
				"Accept-Language", "fr-FR,fr;q=0.9");

		assertThat(answer.statusCode()).isEqualTo(400);
		Document page = Browser.parse(answer);
		assertThat(page.selectFirst("h1").text()).isEqualTo("This request cannot be answered");
		assertThat(page.select("main section").eachAttr("lang")).containsExactly("en", "fr");
		assertThat(page.select("main section p:first-of-type").eachText()).containsExactly(
				"The address or the request is not valid.", "L’adresse ou la requête n’est pas valide.");
		assertThat(page.select("main a[href=/]").eachText()).containsExactly("Go to the front page",
				"Aller à l’accueil");
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).matches("/assets/css/liveblog-[0-9a-f]{32}\\.css");
		assertThat(page.text()).doesNotContain("HTTP ERROR", "badMessage");
	}

	@Test
	void tooManyCookiesAreSaidToBeTheLikelyCauseWithWhatToDo() {
		HttpResponse<String> answer = new Browser(this.port).get("/", "Cookie", "tracking=" + "x".repeat(20_000));

		assertThat(answer.statusCode()).isEqualTo(431);
		assertThat(Browser.parse(answer).selectFirst("main p").text()).contains("too many or too large cookies")
			.contains("Deleting this site’s cookies");
	}

}
