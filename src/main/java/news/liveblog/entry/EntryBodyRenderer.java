package news.liveblog.entry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
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
 * beside a French one that stays left to right. Each code block gets {@code tabindex="0"}, so that a reader
 * without a mouse can scroll its long lines.
 */
@Component
class EntryBodyRenderer {

	/**
	 * Plain formatting and links, and a numbered list's first number: a paragraph that begins "2024. Une année
	 * noire" is a list in Markdown, and without its start it read "1. Une année noire", a changed fact.
	 */
	private static final Safelist ALLOWED = Safelist.basic().addAttributes("ol", "start");

	/** A GitHub table's second line: cells of dashes (optionally with colons) between pipes. */
	private static final Pattern TABLE_DELIMITER_ROW = Pattern
		.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	/** The blocks whose direction follows their own text. */
	private static final String BLOCKS = "p, li, blockquote, dt, dd";

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	/**
	 * A line break typed inside a paragraph stays one: a reporter typing lines on a phone, or a pasted {@code <br>},
	 * meant them as lines, and Markdown's own soft break printed them as one run of text. A blank line still
	 * starts a paragraph.
	 */
	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.softbreak("<br>\n")
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	RenderedBody render(String markdown) {
		Document rendered = Jsoup.parseBodyFragment(this.renderer.render(this.parser.parse(markdown)));
		// A heading reads as an ordinary line (the composer says so), but still a block of its own with its
		// direction: the allow-list would leave its words loose against the next paragraph, without dir.
		rendered.body().select("h1, h2, h3, h4, h5, h6").tagName("p");
		rendered.outputSettings(COMPACT);
		String html = rendered.body().html();
		Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", ALLOWED, COMPACT));
		// Set after cleaning, by us only: the allow-list keeps refusing any dir an editor might write.
		clean.body().select(BLOCKS).attr("dir", "auto");
		// A code block scrolls sideways rather than wrap its lines: focusable, a keyboard can scroll it too.
		clean.body().select("pre").attr("tabindex", "0");
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

	/**
	 * What of the Markdown readers would not see as written (the allow-list drops headings, images and rules;
	 * tables are no CommonMark): the composer says so rather than let it vanish silently.
	 */
	Set<UnsupportedMarkdown> unsupported(String markdown) {
		Set<UnsupportedMarkdown> found = EnumSet.noneOf(UnsupportedMarkdown.class);
		this.parser.parse(markdown).accept(new AbstractVisitor() {

			@Override
			public void visit(Heading heading) {
				found.add(UnsupportedMarkdown.HEADING);
				visitChildren(heading);
			}

			@Override
			public void visit(Image image) {
				found.add(UnsupportedMarkdown.IMAGE);
				visitChildren(image);
			}

			@Override
			public void visit(ThematicBreak rule) {
				found.add(UnsupportedMarkdown.HORIZONTAL_RULE);
			}

			@Override
			public void visit(Paragraph paragraph) {
				if (isTable(lines(paragraph))) {
					found.add(UnsupportedMarkdown.TABLE);
				}
				visitChildren(paragraph);
			}

		});
		return found;
	}

	/** A line with pipes followed by a delimiter row with pipes: a table to anyone who wrote one. */
	private static boolean isTable(String[] lines) {
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].indexOf('|') >= 0 && TABLE_DELIMITER_ROW.matcher(lines[i]).matches()
					&& lines[i - 1].indexOf('|') >= 0) {
				return true;
			}
		}
		return false;
	}

	/** A paragraph's lines as text, near enough to the source for spotting a table. */
	private static String[] lines(Paragraph paragraph) {
		StringBuilder text = new StringBuilder();
		appendText(paragraph, text);
		return text.toString().split("\n", -1);
	}

	private static void appendText(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text literal) {
				text.append(literal.getLiteral());
			}
			else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
				text.append('\n');
			}
			else {
				appendText(child, text);
			}
		}
	}

}
