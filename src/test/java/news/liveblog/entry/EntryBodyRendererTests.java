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
			.isEqualTo("<p dir=\"auto\">Rutte <strong>arrive</strong>.</p>\n<p dir=\"auto\">Voir <a href=\"https://www.nato.int/\" rel=\"nofollow\">l’Otan</a>.</p>");
	}

	@Test
	void aLineBreakTypedInAParagraphStaysOneAndABlankLineStartsAParagraph() {
		assertThat(this.renderer.render("Line one.\nLine two.\n\nA paragraph of its own.").html())
			.isEqualTo("<p dir=\"auto\">Line one.<br>\nLine two.</p>\n<p dir=\"auto\">A paragraph of its own.</p>");
	}

	@Test
	void aCodeBlockThatScrollsSidewaysTakesTheKeyboardsFocus() {
		assertThat(this.renderer.render("Le communiqué :\n\n```\nsummit --with nato\n```\n\n    indented code").html())
			.isEqualTo("<p dir=\"auto\">Le communiqué :</p>\n<pre tabindex=\"0\"><code>summit --with nato\n</code></pre>\n"
					+ "<pre tabindex=\"0\"><code>indented code\n</code></pre>");
		assertThat(this.renderer.render("<pre tabindex=\"-1\">typed</pre>").html()).doesNotContain("<pre");
	}

	@Test
	void aParagraphThatBeginsWithAYearKeepsItsNumber() {
		assertThat(this.renderer.render("17 octobre : bilan.\n\n2024. Une année noire pour la région.").html())
			.contains("<ol start=\"2024\">", "<li dir=\"auto\">Une année noire pour la région.</li>");
	}

	@Test
	void aNumberWhosePointIsEscapedIsNoListAndShowsNoBackslash() {
		assertThat(this.renderer.render("2024\\. Une année noire.").html())
			.isEqualTo("<p dir=\"auto\">2024. Une année noire.</p>");
	}

	@Test
	void typographyIsKeptToTheCharacter() {
		String text = "Le « plan de victoire » de l’Ukraine… présidentielle. Américain.";
		assertThat(this.renderer.render(text).html()).isEqualTo("<p dir=\"auto\">" + text + "</p>");
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
	void plainWebAddressesBecomeLinksUnderTheSameRulesAsWrittenOnes() {
		String html = this.renderer.render("Read https://www.nato.int/cps/en/natohq/news_229640.htm and www.consilium.europa.eu, or write to press@example.org.").html();

		assertThat(html).contains("<a href=\"https://www.nato.int/cps/en/natohq/news_229640.htm\" rel=\"nofollow\">https://www.nato.int/cps/en/natohq/news_229640.htm</a>")
			.contains("<a href=\"http://www.consilium.europa.eu\" rel=\"nofollow\">www.consilium.europa.eu</a>")
			.contains("<a href=\"mailto:press@example.org\" rel=\"nofollow\">press@example.org</a>");
	}

	@Test
	void anAddressInCodeOrAWrittenLinkIsNotLinkedAgain() {
		assertThat(this.renderer.render("`https://example.org/a` and [the summit](https://example.org/b)").html())
			.isEqualTo("<p dir=\"auto\"><code>https://example.org/a</code> and <a href=\"https://example.org/b\" rel=\"nofollow\">the summit</a></p>");
	}

	@Test
	void everyBlockTakesTheDirectionOfItsOwnText() {
		String html = this.renderer.render("مرحبا بكم.\n\nBonjour.\n\n- שלום\n- un\n\n> cité").html();

		assertThat(Jsoup.parseBodyFragment(html).select("p, li, blockquote")).hasSize(6)
			.allSatisfy((block) -> assertThat(block.attr("dir")).isEqualTo("auto"));
	}

	@Test
	void aListReadsAsItsFirstItem() {
		assertThat(this.renderer.render("- שלום\n- un").html()).startsWith("<ul dir=\"rtl\">");
		assertThat(this.renderer.render("1. un\n2. שלום").html()).startsWith("<ol>");
	}

	@Test
	void scriptLinksAreDropped() {
		assertThat(this.renderer.render("[click](javascript:alert(1))").html()).doesNotContain("javascript:");
	}

	@Test
	void aHeadingReadsAsAParagraphOfItsOwnInItsDirection() {
		assertThat(this.renderer.render("# عنوان الخبر\n\nنص الخبر.").html())
			.isEqualTo("<p dir=\"auto\">عنوان الخبر</p>\n<p dir=\"auto\">نص الخبر.</p>");
	}

}
