package news.liveblog.feed;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;

import org.springframework.stereotype.Component;

import static news.liveblog.feed.XmlDocument.text;

/**
 * What search engines read first: the public blogs as a sitemap (sitemaps.org protocol 0.9), and the
 * {@code robots.txt} that keeps them out of the back office and names the sitemap. Both give absolute
 * addresses, the configured public ones.
 */
@Component
class Sitemap {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The protocol's limit of URLs in one sitemap file. */
	static final int MAX_URLS = 50_000;

	private final LiveBlogs liveBlogs;

	private final PublicAddresses addresses;

	Sitemap(LiveBlogs liveBlogs, PublicAddresses addresses) {
		this.liveBlogs = liveBlogs;
		this.addresses = addresses;
	}

	/** Every public blog with when it last changed. */
	String xml() {
		return XmlDocument.write("urlset", SITEMAP, "the sitemap", (xml) -> {
			for (LiveBlog blog : this.liveBlogs.allPublic(MAX_URLS)) {
				xml.writeStartElement("url");
				text(xml, "loc", this.addresses.feed(blog.getSlug()));
				// W3C Datetime, to the second: crawlers need no more, and some choke on fractions.
				text(xml, "lastmod",
						DateTimeFormatter.ISO_INSTANT.format(blog.getLastChange().truncatedTo(ChronoUnit.SECONDS)));
				xml.writeEndElement();
			}
		});
	}

	String robots() {
		return """
				User-agent: *
				Disallow: /admin

				Sitemap: %s
				""".formatted(this.addresses.sitemap());
	}

}
