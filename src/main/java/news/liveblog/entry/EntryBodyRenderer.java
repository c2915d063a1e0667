package news.liveblog.entry;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to print on every page as it is.
 * <p>
 * Two layers, because either alone has failed somewhere before: commonmark escapes raw HTML and
 * drops unsafe link schemes, then jsoup's allow-list removes whatever else is not plain text
 * formatting and links.
 */
@Component
class EntryBodyRenderer {

	private static final Safelist ALLOWED = Safelist.basic();

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	RenderedBody render(String markdown) {
		String html = this.renderer.render(this.parser.parse(markdown));
		return new RenderedBody(Jsoup.clean(html, "", ALLOWED, COMPACT).strip());
	}

}
