package news.liveblog.feed;

import java.util.Map;

/**
 * The security headers of public pages, for responses written before the security chain runs (the cached
 * feed, answered by Jetty); the chain writes the same ones on every other response.
 */
final class PublicHeaders {

	static final Map<String, String> HEADERS = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"X-XSS-Protection", "0");

	private PublicHeaders() {
	}

}
