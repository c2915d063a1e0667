package news.liveblog.feed;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.feed.PublicPageCache.RenderedPage;

import org.springframework.http.HttpHeaders;

/**
 * Writes a rendered feed page as the answer to a request: a 304 when the reader has it, else its bytes,
 * gzipped for clients that accept it. The controller's writer; {@link CachedFeedHandler} answers alike for
 * pages served from memory.
 */
final class FeedResponses {

	private FeedResponses() {
	}

	static String etag(long blogId, long seq, String variant) {
		return "W/\"" + blogId + "-" + seq + "-" + variant + "\"";
	}

	static void write(RenderedPage page, String cacheControl, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String etag = page.etag();
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.languageTag());
		boolean gzip = acceptsGzip(request);
		byte[] body = gzip ? page.gzipped() : page.html();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** If-None-Match holds one or more tags, or *; weak comparison, as for any GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque) || tag.equals("W/" + opaque)) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
	}

}
