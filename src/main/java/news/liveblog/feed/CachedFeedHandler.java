package news.liveblog.feed;

import java.nio.ByteBuffer;
import java.util.Locale;

import news.liveblog.feed.PublicPageCache.RenderedPage;
import news.liveblog.system.SecurityHeaders;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The fast path for a spike: a feed page already rendered at the blog's latest change is answered by
 * Jetty itself, in front of the servlet layer, without the security chain, the dispatcher or the
 * database. The page is public and the same for every reader. Anything else (a miss, a query string,
 * another path or method) goes on to the application, whose controller answers the same way.
 * <p>
 * It sits before the servlet layer because, once the page is in memory, the servlet request and
 * response wrappers and the filter chain were most of what a request cost (bench/feed-vs-nginx.sh).
 */
class CachedFeedHandler extends Handler.Wrapper {

	private static final String FEED_PREFIX = "/live/";

	private static final HttpField HTML = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");

	private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

	private static final HttpField HSTS = new PreEncodedHttpField(HttpHeader.STRICT_TRANSPORT_SECURITY,
			SecurityHeaders.STRICT_TRANSPORT_SECURITY);

	private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");

	private final PublicPageCache cache;

	private final HttpField cacheControl;

	private final HttpField[] securityHeaders;

	CachedFeedHandler(Handler application, PublicPageCache cache, PublicCaching caching) {
		super(application);
		this.cache = cache;
		this.cacheControl = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, caching.cacheControl());
		this.securityHeaders = SecurityHeaders.HEADERS.entrySet()
			.stream()
			.map((header) -> new PreEncodedHttpField(header.getKey(), header.getValue()))
			.toArray(HttpField[]::new);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		RenderedPage page = cachedPage(request);
		if (page == null) {
			return super.handle(request, response, callback);
		}
		HttpFields.Mutable headers = response.getHeaders();
		headers.put(HttpHeader.ETAG, page.etag());
		headers.put(this.cacheControl);
		headers.put(VARY);
		headers.putDate(HttpHeader.LAST_MODIFIED, page.lastModified());
		for (HttpField header : this.securityHeaders) {
			headers.put(header);
		}
		if (request.isSecure()) {
			headers.put(HSTS);
		}
		HttpFields requestHeaders = request.getHeaders();
		if (FeedResponses.matches(requestHeaders.get(HttpHeader.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpStatus.NOT_MODIFIED_304);
			callback.succeeded();
			return true;
		}
		headers.put(HTML);
		headers.put(HttpHeader.CONTENT_LANGUAGE, page.languageTag());
		String acceptEncoding = requestHeaders.get(HttpHeader.ACCEPT_ENCODING);
		boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
		ByteBuffer body = gzip ? page.directGzipped() : page.directHtml();
		if (gzip) {
			headers.put(GZIP);
		}
		headers.put(HttpHeader.CONTENT_LENGTH, body.remaining());
		response.setStatus(HttpStatus.OK_200);
		if (HttpMethod.HEAD.is(request.getMethod())) {
			callback.succeeded();
		}
		else {
			// A view of its own: the shared buffer's position never moves.
			response.write(true, body.duplicate(), callback);
		}
		return true;
	}

	private RenderedPage cachedPage(Request request) {
		String method = request.getMethod();
		if (!(HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) || request.getHttpURI().getQuery() != null) {
			return null;
		}
		String slug = feedSlug(request.getHttpURI().getPath());
		return (slug != null) ? this.cache.serve(slug) : null;
	}

	/** The slug of a feed path ({@code /live/{slug}}), or {@code null}: no regex on the hot path. */
	static String feedSlug(String path) {
		if (path == null || !path.startsWith(FEED_PREFIX) || path.length() == FEED_PREFIX.length()) {
			return null;
		}
		for (int i = FEED_PREFIX.length(); i < path.length(); i++) {
			char c = path.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
				return null;
			}
		}
		return path.substring(FEED_PREFIX.length());
	}

}
