package news.liveblog.feed;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} and {@code /robots.txt} ({@link Sitemap}), public and briefly cacheable as the pages
 * are.
 */
@RestController
class SitemapController {

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final Sitemap sitemap;

	private final PublicCaching caching;

	SitemapController(Sitemap sitemap, PublicCaching caching) {
		this.sitemap = sitemap;
		this.caching = caching;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		return publicly(XML, this.sitemap.xml());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return publicly(TEXT, this.sitemap.robots());
	}

	private ResponseEntity<String> publicly(MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CACHE_CONTROL, this.caching.cacheControl())
			.body(body);
	}

}
