package news.liveblog.feed;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import news.liveblog.blog.LiveBlog;

/**
 * The public blogs as a sitemap (sitemaps.org protocol 0.9), written with a streaming XML writer so that
 * every text is escaped and the document is always well-formed.
 */
final class Sitemap {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The protocol's limit of URLs in one sitemap file. */
	static final int MAX_URLS = 50_000;

	private Sitemap() {
	}

	/**
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	static String of(List<LiveBlog> blogs, String baseUrl) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP);
			for (LiveBlog blog : blogs) {
				xml.writeStartElement("url");
				text(xml, "loc", baseUrl + PageFormat.feedUrl(blog));
				// W3C Datetime, to the second: crawlers need no more, and some choke on fractions.
				text(xml, "lastmod",
						DateTimeFormatter.ISO_INSTANT.format(blog.getLastChange().truncatedTo(ChronoUnit.SECONDS)));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the sitemap", ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
