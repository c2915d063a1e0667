package news.liveblog.feed;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import news.liveblog.blog.LiveBlog;

import static news.liveblog.feed.XmlDocument.text;

/**
 * The public blogs as a sitemap (sitemaps.org protocol 0.9).
 */
final class Sitemap {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The protocol's limit of URLs in one sitemap file. */
	static final int MAX_URLS = 50_000;

	private Sitemap() {
	}

	static String of(List<LiveBlog> blogs, PublicAddresses addresses) {
		return XmlDocument.write("urlset", SITEMAP, "the sitemap", (xml) -> {
			for (LiveBlog blog : blogs) {
				xml.writeStartElement("url");
				text(xml, "loc", addresses.feed(blog.getSlug()));
				// W3C Datetime, to the second: crawlers need no more, and some choke on fractions.
				text(xml, "lastmod",
						DateTimeFormatter.ISO_INSTANT.format(blog.getLastChange().truncatedTo(ChronoUnit.SECONDS)));
				xml.writeEndElement();
			}
		});
	}

}
