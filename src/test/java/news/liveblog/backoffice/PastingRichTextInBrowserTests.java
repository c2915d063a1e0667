package news.liveblog.backoffice;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rich text copied from Google Docs or Word and pasted into an entry's text, in Chromium: it arrives as clean
 * Markdown (bold, italic, links, lists, paragraphs), the clipboard's markup runs nothing, and readers get the
 * formatting. The clipboard is filled as the browser fills it on a paste: a ClipboardEvent carrying a
 * DataTransfer with text/html and text/plain.
 */
@ServerTest
class PastingRichTextInBrowserTests {

	/** As Google Docs puts it on the clipboard: spans with font-weight and font-style inside a <b> that is not bold. */
	private static final String GOOGLE_DOCS = """
			<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e3c1a2b-7fff-1234-5678-9abcdef01234">\
			<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;\
			color:#000000;font-weight:700;font-style:normal;">Zelensky</span><span style="font-size:11pt;font-family:Arial,sans-serif;\
			font-weight:400;font-style:normal;"> arrives at </span><span style="font-size:11pt;font-weight:400;font-style:italic;">NATO</span>\
			<span style="font-weight:400;"> headquarters, </span><a href="https://www.nato.int/" style="text-decoration:none;">\
			<span style="font-weight:400;color:#1155cc;text-decoration:underline;">says the alliance</span></a><span style="font-weight:400;">.</span></p>\
			<br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1">\
			<p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-weight:400;">Air defence first</span></p></li>\
			<li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">\
			Then the </span><span style="font-weight:700;">winter</span><span style="font-weight:400;"> plan</span></p></li></ul><br>\
			<p dir="ltr" style="line-height:1.38;"><span style="font-weight:400;">Five * three, a snake_case name and 2024. The end.</span></p></b>""";

	private static final String GOOGLE_DOCS_PLAIN = "Zelensky arrives at NATO headquarters, says the alliance.\n"
			+ "Air defence first\nThen the winter plan\nFive * three, a snake_case name and 2024. The end.";

	/** As Word for Windows puts it on the clipboard, with a script and an image that must do nothing. */
	private static final String WORD = """
			<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
			<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style>
			<script>window.pastedScriptRan = true;</script></head>
			<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
			<p class=MsoNormal><b>Breaking:</b> the summit <i>ends</i> early<o:p></o:p></p>
			<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
			<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;\
			</span></span></span><![endif]>Leaders leave<o:p></o:p></p>
			<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
			<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;\
			</span></span></span><![endif]>A statement at 6 pm<o:p></o:p></p>
			<p class=MsoNormal><img src="https://example.com/x.png" onerror="window.pastedImageRan = true">\
			More at <a href="javascript:window.pastedLinkRan = true">this link</a>.<o:p></o:p></p>
			<!--EndFragment--></body></html>""";

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void textFromGoogleDocsArrivesAsMarkdownAndReadersGetItsFormatting() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		Map<String, Object> pasted = paste(body, GOOGLE_DOCS, GOOGLE_DOCS_PLAIN);

		assertThat(pasted.get("handled")).as("the page took the paste over").isEqualTo(true);
		assertThat(pasted.get("value")).isEqualTo("""
				**Zelensky** arrives at *NATO* headquarters, [says the alliance](https://www.nato.int/).

				- Air defence first
				- Then the **winter** plan

				Five \\* three, a snake_case name and 2024. The end.""");
		assertThat(this.browser.consoleSinceLastCall()).as("the page's policy never asked to apply the clipboard's styles")
			.noneMatch((entry) -> entry.getMessage().contains("Content Security Policy"));

		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));
		String html = this.newsroom.entries().backOfficeList(blog.getId()).getFirst().getBodyHtml();
		assertThat(html).isEqualTo("<p dir=\"auto\"><strong>Zelensky</strong> arrives at <em>NATO</em> headquarters, "
				+ "<a href=\"https://www.nato.int/\" rel=\"nofollow\">says the alliance</a>.</p>\n"
				+ "<ul>\n<li dir=\"auto\">Air defence first</li>\n<li dir=\"auto\">Then the <strong>winter</strong> plan</li>\n</ul>\n"
				+ "<p dir=\"auto\">Five * three, a snake_case name and 2024. The end.</p>");
	}

	@Test
	void textFromWordArrivesAsMarkdownAndItsMarkupRunsNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);
		body.sendKeys("Before. ");

		Map<String, Object> pasted = paste(body, WORD, "Breaking: the summit ends early");

		assertThat(pasted.get("value")).isEqualTo("""
				Before. **Breaking:** the summit *ends* early

				- Leaders leave
				- A statement at 6 pm

				More at this link.""");
		assertThat(this.browser.script("return [window.pastedScriptRan, window.pastedImageRan, window.pastedLinkRan]"))
			.isEqualTo(java.util.Arrays.asList(null, null, null));
		assertThat(this.browser.script("return document.querySelectorAll('img').length")).isEqualTo(0L);
		assertThat(this.browser.consoleSinceLastCall()).as("the page's policy never asked to apply Word's styles")
			.noneMatch((entry) -> entry.getMessage().contains("Content Security Policy"));
	}

	@Test
	void aPastedParagraphThatBeginsWithANumberStaysAParagraphWithoutABackslashShowing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		Map<String, Object> pasted = paste(body, "<p><b>Bilan</b></p><p>2024. Une année noire.</p><p>1) Premier</p>",
				"Bilan\n2024. Une année noire.\n1) Premier");

		// The point escaped, not the number: "\\2024." is no Markdown escape, and readers saw the backslash.
		assertThat(pasted.get("value")).isEqualTo("**Bilan**\n\n2024\\. Une année noire.\n\n1\\) Premier");
	}

	/**
	 * A quote of two paragraphs stays one quote with one quoted blank line between them (it came with three), and a
	 * paragraph in Word's Quote style is a quote, not only italics (both found by a helper pasting from Word).
	 */
	@Test
	void aQuoteOfTwoParagraphsAndWordsQuoteStyleArriveAsQuotes() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		Map<String, Object> pasted = paste(body, "<p>Rutte said:</p><blockquote><p>We stand with Ukraine.</p>"
				+ "<p>For as long as it takes.</p></blockquote>"
				+ "<p class=MsoQuote><i><span style='mso-fareast-language:EN-GB'>Peace through strength.<o:p></o:p></span></i></p>",
				"Rutte said:\nWe stand with Ukraine.\nFor as long as it takes.\nPeace through strength.");

		assertThat(pasted.get("value")).isEqualTo("""
				Rutte said:

				> We stand with Ukraine.
				>
				> For as long as it takes.

				> *Peace through strength.*""");
	}

	@Test
	void plainTextPastesAsTheBrowserPastesIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		Map<String, Object> plain = paste(body, null, "Just *words*");
		Map<String, Object> unformatted = paste(body, "<meta charset=\"utf-8\"><span style=\"color:red\">Just words</span>",
				"Just words");

		assertThat(plain.get("handled")).isEqualTo(false);
		assertThat(unformatted.get("handled")).as("HTML without formatting: the plain text is as good").isEqualTo(false);
	}

	@Test
	void htmlWithoutPlainTextIsPastedRatherThanNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		// Chromium's own paste inserts nothing into a textarea from a clipboard that holds only text/html.
		Map<String, Object> pasted = paste(body, "<span>Only HTML here</span>", null);

		assertThat(pasted.get("handled")).isEqualTo(true);
		assertThat(pasted.get("value")).isEqualTo("Only HTML here");
	}

	@Test
	void wordListItemsWhoseBulletsComeAsTheirFirstTextLoseThemToo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		Map<String, Object> pasted = paste(body, """
				<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·</span>\
				&nbsp;&nbsp;First point</p>
				<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·</span>\
				&nbsp;&nbsp;Second point</p>""", "· First point\n· Second point");

		assertThat(pasted.get("value")).isEqualTo("- First point\n- Second point");
	}

	@Test
	void wordMarkupArrivingAsPlainTextBecomesMarkdownRatherThanLiteralTags() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = openComposer(blog);

		Map<String, Object> wordAsText = paste(body, null, WORD);

		assertThat(wordAsText.get("value")).asString().startsWith("**Breaking:** the summit *ends* early").doesNotContain("<");
		body.clear();
		Map<String, Object> snippet = paste(body, null, "<b>a tag, on purpose</b>");
		assertThat(snippet.get("handled")).as("an HTML snippet of the editor's own stays text").isEqualTo(false);
	}

	@Test
	void theCorrectionFormConvertsPastesToo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		long id = this.newsroom.publish(blog, "To correct.", java.time.Instant.now()).getId();
		WebElement body = this.browser.signInToWriteAt("/admin/live/" + blog.getSlug() + "/entries/" + id + "/edit",
				DemoAccounts.EDITOR);
		body.clear();

		Map<String, Object> pasted = paste(body, "<p>Now <b>corrected</b></p>", "Now corrected");

		assertThat(pasted.get("value")).isEqualTo("Now **corrected**");
	}

	private WebElement openComposer(LiveBlog blog) {
		return this.browser.signInToWriteAt("/admin/live/" + blog.getSlug(), DemoAccounts.EDITOR);
	}

	/**
	 * A paste into the field with this clipboard, as Chromium dispatches one; the browser's own default (which a
	 * synthetic event does not perform) is done here when the page leaves it: the plain text is inserted.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> paste(WebElement field, String html, String plain) {
		return (Map<String, Object>) this.browser.script("""
				const [field, html, plain] = arguments;
				field.focus();
				const data = new DataTransfer();
				if (html !== null) { data.setData('text/html', html); }
				if (plain !== null) { data.setData('text/plain', plain); }
				const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
				const handled = !field.dispatchEvent(event);
				if (!handled && plain !== null) { document.execCommand('insertText', false, plain); }
				return { handled, value: field.value };
				""", field, html, plain);
	}

}
