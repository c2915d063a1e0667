package news.liveblog.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.entry.SocialPost;

import static news.liveblog.feed.XmlDocument.text;

/**
 * A blog's newest entries as an Atom 1.0 feed (RFC 4287).
 */
final class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	static String of(LiveBlog blog, List<Entry> entries, PublicAddresses addresses) {
		String feedUrl = addresses.feed(blog.getSlug());
		return XmlDocument.write("feed", ATOM, "the Atom feed of " + blog.getSlug(), (xml) -> {
			xml.writeAttribute("xml:lang", blog.getLanguage().toLanguageTag());
			// Not the addresses, which change with the blog's: ids that stay (RFC 4287 wants them permanent).
			text(xml, "id", addresses.atomId(blog.getId(), blog.getCreatedAt(), null));
			text(xml, "title", blog.getTitle());
			if (!blog.getSummary().isBlank()) {
				text(xml, "subtitle", blog.getSummary());
			}
			text(xml, "updated", time(blog.getLastChange()));
			link(xml, "self", addresses.atom(blog.getSlug()), "application/atom+xml");
			link(xml, "alternate", feedUrl, "text/html");
			for (Entry entry : entries) {
				String url = addresses.entry(blog.getSlug(), entry.getId());
				xml.writeStartElement("entry");
				text(xml, "id", addresses.atomId(blog.getId(), blog.getCreatedAt(), entry.getId()));
				text(xml, "title", title(entry));
				text(xml, "published", time(entry.getPublishedAt()));
				text(xml, "updated", time(entry.getTextChangedAt()));
				for (String author : entry.getAuthorNames()) {
					xml.writeStartElement("author");
					text(xml, "name", author);
					xml.writeEndElement();
				}
				link(xml, "alternate", url, "text/html");
				// Each photo of the gallery, as podcasts give their audio: readers that show media take them.
				for (EntryPhoto photo : entry.getPhotos()) {
					xml.writeEmptyElement("link");
					xml.writeAttribute("rel", "enclosure");
					xml.writeAttribute("type", photo.type());
					xml.writeAttribute("href", addresses.absolute(photo.stored().largestPath()));
				}
				if (entry.getLinkCard() != null) {
					xml.writeEmptyElement("link");
					xml.writeAttribute("rel", "related");
					xml.writeAttribute("href", entry.getLinkCard().url());
				}
				xml.writeStartElement("content");
				xml.writeAttribute("type", "html");
				xml.writeCharacters(XmlDocument.xmlSafe(contentHtml(entry, addresses, blog.getTimeZone())));
				xml.writeEndElement();
				xml.writeEndElement();
			}
		});
	}

	/**
	 * The reader's question it answers (quoted, with who asked), the body as the page prints it, then the image, the gallery, the link card and the post as plain HTML
	 * (feed readers take no stylesheet): built as elements, so every text and address is escaped.
	 */
	static String contentHtml(Entry entry, PublicAddresses addresses, ZoneId zone) {
		StringBuilder html = new StringBuilder();
		QuotedQuestion question = entry.getQuestion();
		if (question != null) {
			// The reader's question first, as the page quotes it above the answer: the answer reads as one.
			Element quote = new Element("blockquote");
			question.text().lines().filter((line) -> !line.isBlank()).forEach((line) -> quote.appendElement("p").text(line));
			if (question.askedBy() != null) {
				quote.appendElement("p").text("— " + question.askedBy());
			}
			html.append(quote.outerHtml());
		}
		html.append(entry.getBodyHtml());
		EntryImage image = entry.getImage();
		if (image != null) {
			Element figure = new Element("figure");
			Element img = figure.appendElement("img").attr("src", image.url()).attr("alt", image.alt());
			if (image.sized()) {
				img.attr("width", String.valueOf(image.width())).attr("height", String.valueOf(image.height()));
			}
			caption(figure, image.caption(), image.credit());
			html.append(figure.outerHtml());
		}
		for (EntryPhoto photo : entry.getPhotos()) {
			// The middle rendition: a feed reader's column, not the largest photo's weight.
			Element figure = new Element("figure");
			figure.appendElement("img")
				.attr("src", addresses.absolute(photo.src()))
				.attr("alt", photo.alt())
				.attr("width", String.valueOf(photo.srcWidth()))
				.attr("height", String.valueOf(photo.stored().heightAt(photo.srcWidth())));
			caption(figure, photo.caption(), photo.credit());
			html.append(figure.outerHtml());
		}
		LinkCard link = entry.getLinkCard();
		if (link != null) {
			Element paragraph = new Element("p");
			paragraph.appendElement("a").attr("href", link.url()).text(link.title());
			paragraph.appendText(" (" + link.site() + ")");
			html.append(paragraph.outerHtml());
		}
		SocialPost post = entry.getSocialPost();
		if (post != null) {
			// The card's words and a link to the original: a feed reader runs no embed, and should not.
			Element quote = new Element("blockquote");
			if (post.text() != null) {
				// A feed reader joins a paragraph's lines: each line of the post its own paragraph, as posted.
				post.text().lines().filter((line) -> !line.isBlank())
					.forEach((line) -> quote.appendElement("p").text(line));
			}
			Element source = quote.appendElement("p");
			// With its offset: the feed has no blog around it to say which zone the time is in.
			source.appendText("— " + post.author() + ((post.postedOn() != null) ? ", " + post.isoPostedAt(zone) : "") + " ");
			source.appendElement("a").attr("href", post.url()).text(post.network().displayName());
			html.append(quote.outerHtml());
		}
		return html.toString();
	}

	private static void caption(Element figure, String caption, String credit) {
		if (caption == null && credit == null) {
			return;
		}
		Element figcaption = figure.appendElement("figcaption");
		if (caption != null) {
			figcaption.appendText(caption);
		}
		if (credit != null) {
			// No words around the credit: the feed has no reader's language to print them in.
			figcaption.appendText((caption != null) ? " " : "").appendElement("small").text(credit);
		}
	}

	/** The entry's headline, or a clean first sentence of its text: never the first ten words cut short. */
	static String title(Entry entry) {
		if (entry.getHeadline() != null) {
			return entry.getHeadline();
		}
		String text = Jsoup.parse(entry.getBodyHtml()).text().strip();
		int end = firstSentenceEnd(text);
		String sentence = (end > 0) ? text.substring(0, end) : text;
		if (sentence.length() <= 140) {
			return sentence;
		}
		// At the last space; a first word longer than that (a long address) is cut where it must be.
		int cut = sentence.lastIndexOf(' ', 139);
		return sentence.substring(0, (cut > 0) ? cut : 139) + "…";
	}

	private static int firstSentenceEnd(String text) {
		for (int i = 0; i < text.length() - 1; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?' || c == '…') && Character.isWhitespace(text.charAt(i + 1))) {
				return i + 1;
			}
		}
		return -1;
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
