package news.liveblog.feed;

import java.nio.charset.StandardCharsets;

import news.liveblog.blog.LiveBlogs;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines read first: {@code /robots.txt}, which keeps them out of the back office and names
 * the sitemap, and {@code /sitemap.xml}, every public blog with when it last changed. Both need absolute
 * URLs: the configured public ones, never the request's host ({@link PublicAddresses}).
 */
@RestController
class SitemapController {

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final LiveBlogs liveBlogs;

	private final PublicCaching caching;

	private final PublicAddresses addresses;

	SitemapController(LiveBlogs liveBlogs, PublicCaching caching, PublicAddresses addresses) {
		this.liveBlogs = liveBlogs;
		this.caching = caching;
		this.addresses = addresses;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		return ResponseEntity.ok()
			.contentType(XML)
			.header(HttpHeaders.CACHE_CONTROL, this.caching.cacheControl())
			.body(Sitemap.of(this.liveBlogs.allPublic(Sitemap.MAX_URLS), this.addresses));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(TEXT)
			.header(HttpHeaders.CACHE_CONTROL, this.caching.cacheControl())
			.body("""
					User-agent: *
					Disallow: /admin

					Sitemap: %s
					""".formatted(this.addresses.sitemap()));
	}

}
