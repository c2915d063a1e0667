package news.liveblog.entry;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import news.liveblog.InertHtml;
import news.liveblog.XssVectors;

import static org.assertj.core.api.Assertions.assertThat;

class EntryBodyRendererTests {

	private final EntryBodyRenderer renderer = new EntryBodyRenderer();

	@Test
	void markdownBecomesParagraphsEmphasisAndLinks() {
		assertThat(this.renderer.render("Rutte **arrive**.\n\nVoir [l’Otan](https://www.nato.int/).").html())
			.isEqualTo("<p>Rutte <strong>arrive</strong>.</p>\n<p>Voir <a href=\"https://www.nato.int/\" rel=\"nofollow\">l’Otan</a>.</p>");
	}

	@Test
	void typographyIsKeptToTheCharacter() {
		String text = "Le « plan de victoire » de l’Ukraine… présidentielle. Américain.";
		assertThat(this.renderer.render(text).html()).isEqualTo("<p>" + text + "</p>");
	}

	@Test
	void rawHtmlIsShownAsTextNeverRun() {
		String html = this.renderer.render("<script>alert(1)</script><img src=x onerror=alert(2)>").html();
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void noVectorOfTheXssCorpusSurvivesRendering() {
		assertThat(XssVectors.all()).hasSizeGreaterThanOrEqualTo(150);
		for (String vector : XssVectors.all()) {
			String html = this.renderer.render(vector).html();
			InertHtml.assertInert(Jsoup.parseBodyFragment(html), "the rendering of " + vector);
		}
	}

	@Test
	void scriptLinksAreDropped() {
		assertThat(this.renderer.render("[click](javascript:alert(1))").html()).doesNotContain("javascript:");
	}

}
