package news.liveblog.entry;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to print on every page as it is.
 * <p>
 * Two layers, because either alone has failed somewhere before: commonmark escapes raw HTML and
 * drops unsafe link schemes, then jsoup's allow-list removes whatever else is not plain text
 * formatting and links.
 * <p>
 * Plain web addresses in the text become links (commonmark's autolink extension), under the same allow-list
 * as written ones. Each block gets {@code dir="auto"}, so an Arabic or Hebrew paragraph reads right to left
 * beside a French one that stays left to right.
 */
@Component
class EntryBodyRenderer {

	private static final Safelist ALLOWED = Safelist.basic();

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	/** The blocks whose direction follows their own text. */
	private static final String BLOCKS = "p, li, blockquote, dt, dd";

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	RenderedBody render(String markdown) {
		String html = this.renderer.render(this.parser.parse(markdown));
		Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", ALLOWED, COMPACT));
		// Set after cleaning, by us only: the allow-list keeps refusing any dir an editor might write.
		clean.body().select(BLOCKS).attr("dir", "auto");
		// A list reads as its first item, for the side its markers hang on. Not by dir="auto": that skips
		// descendants with a dir of their own, which every item has.
		for (Element list : clean.body().select("ul, ol")) {
			Element first = list.selectFirst("> li");
			if (first != null && readsRightToLeft(first.text())) {
				list.attr("dir", "rtl");
			}
		}
		clean.outputSettings(COMPACT);
		return new RenderedBody(clean.body().html().strip());
	}

	/** Whether the text's first strong character is right to left (Arabic, Hebrew...), as dir="auto" decides. */
	private static boolean readsRightToLeft(String text) {
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			byte direction = Character.getDirectionality(text.codePointAt(i));
			if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
		}
		return false;
	}

}
