package news.liveblog.feed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of public pages, for responses written before the security chain runs (the cached
 * feed); the chain writes the same ones on every other response.
 */
final class PublicHeaders {

	private PublicHeaders() {
	}

	static void write(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-XSS-Protection", "0");
	}

}
