package news.liveblog.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How public pages may be cached by browsers and CDNs. The defaults let a CDN serve a page for 5 s and
 * then serve it stale while it fetches the next: the page carries its change number, so its live stream
 * covers any staleness.
 *
 * @param cacheControl the {@code Cache-Control} of public pages
 */
@ConfigurationProperties("liveblog.public-pages")
record PublicCaching(String cacheControl) {

	PublicCaching {
		if (cacheControl == null || cacheControl.isBlank()) {
			cacheControl = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";
		}
	}

}
