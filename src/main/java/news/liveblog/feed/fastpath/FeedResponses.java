package news.liveblog.feed.fastpath;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.SequencedMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.system.AcceptEncoding;
import org.eclipse.jetty.http.DateGenerator;

import org.springframework.http.HttpHeaders;

/**
 * How a rendered feed page is answered: a 304 when the reader has it, else its bytes, gzipped for clients
 * that accept it, with the headers of {@link #headers}. The controller writes it here; {@link CachedFeedHandler}
 * answers pages served from memory with the same headers, encoded once per page. What every response
 * carries besides (the security headers) is the security filter's, and the fast path's from the same list.
 */
public final class FeedResponses {

	private FeedResponses() {
	}

	/** What a request for a page is answered with. */
	enum Answer {

		NOT_MODIFIED, HTML, GZIPPED;

		static Answer to(String ifNoneMatch, String acceptEncoding, String etag) {
			if (matches(ifNoneMatch, etag)) {
				return NOT_MODIFIED;
			}
			return acceptsGzip(acceptEncoding) ? GZIPPED : HTML;
		}

		/**
		 * Read in full ({@link AcceptEncoding}: {@code gzip;q=0} refuses it) only when the value has weights or a
		 * wildcard: what browsers send ({@code gzip, deflate, br, zstd}) has neither, and the fast path answers
		 * it without parsing.
		 */
		static boolean acceptsGzip(String acceptEncoding) {
			if (acceptEncoding == null) {
				return false;
			}
			if (acceptEncoding.indexOf(';') < 0 && acceptEncoding.indexOf('*') < 0) {
				return acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
			}
			return AcceptEncoding.accepts(acceptEncoding, "gzip");
		}

	}

	public static String etag(long blogId, long seq, String variant) {
		return "W/\"" + blogId + "-" + seq + "-" + variant + "\"";
	}

	public static void write(RenderedPage page, String cacheControl, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Answer answer = Answer.to(request.getHeader(HttpHeaders.IF_NONE_MATCH),
				request.getHeader(HttpHeaders.ACCEPT_ENCODING), page.etag());
		headers(page, cacheControl, answer).forEach(response::setHeader);
		if (answer == Answer.NOT_MODIFIED) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(answer == Answer.GZIPPED ? page.gzipped() : page.html());
		}
	}

	/** The headers of an answer with this page, whoever writes it. */
	static SequencedMap<String, String> headers(RenderedPage page, String cacheControl, Answer answer) {
		SequencedMap<String, String> headers = new LinkedHashMap<>();
		headers.put(HttpHeaders.ETAG, page.etag());
		headers.put(HttpHeaders.CACHE_CONTROL, cacheControl);
		headers.put(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		headers.put(HttpHeaders.LAST_MODIFIED, DateGenerator.formatDate(page.lastModified()));
		if (answer == Answer.NOT_MODIFIED) {
			return headers;
		}
		headers.put(HttpHeaders.CONTENT_TYPE, "text/html;charset=utf-8");
		headers.put(HttpHeaders.CONTENT_LANGUAGE, page.languageTag());
		if (answer == Answer.GZIPPED) {
			headers.put(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		byte[] body = (answer == Answer.GZIPPED) ? page.gzipped() : page.html();
		headers.put(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
		return headers;
	}

	/** If-None-Match holds one or more tags, or *; weak comparison, as for any GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		if (ifNoneMatch.equals(etag)) {
			// The usual case, on the fast path's every request: no splitting.
			return true;
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

}
