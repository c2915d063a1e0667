package news.liveblog.feed;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import news.liveblog.feed.PublicPageCache.RenderedPage;
import news.liveblog.system.SecurityHeaders;
import org.eclipse.jetty.http.DateGenerator;
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

	/** Each blog's page with its headers encoded once, not on every request; replaced when the page is. */
	private final Map<String, PreparedPage> prepared = new ConcurrentHashMap<>();

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
		String slug = cachedFeedSlug(request);
		RenderedPage page = (slug != null) ? this.cache.serve(slug) : null;
		if (page == null) {
			if (slug != null) {
				// Nothing current for this blog (changed, gone or never seen): drop what was prepared of it.
				this.prepared.remove(slug);
			}
			return super.handle(request, response, callback);
		}
		PreparedPage prepared = prepare(slug, page);
		HttpFields.Mutable headers = response.getHeaders();
		headers.put(prepared.etagField());
		headers.put(this.cacheControl);
		headers.put(VARY);
		headers.put(prepared.lastModified());
		for (HttpField header : this.securityHeaders) {
			headers.put(header);
		}
		if (request.isSecure()) {
			headers.put(HSTS);
		}
		HttpFields requestHeaders = request.getHeaders();
		if (prepared.matches(requestHeaders.get(HttpHeader.IF_NONE_MATCH))) {
			response.setStatus(HttpStatus.NOT_MODIFIED_304);
			callback.succeeded();
			return true;
		}
		headers.put(HTML);
		headers.put(prepared.contentLanguage());
		String acceptEncoding = requestHeaders.get(HttpHeader.ACCEPT_ENCODING);
		boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
		if (gzip) {
			headers.put(GZIP);
		}
		headers.put(gzip ? prepared.gzippedLength() : prepared.htmlLength());
		response.setStatus(HttpStatus.OK_200);
		if (HttpMethod.HEAD.is(request.getMethod())) {
			callback.succeeded();
		}
		else {
			// A view of its own: the shared buffer's position never moves.
			response.write(true, (gzip ? page.directGzipped() : page.directHtml()).duplicate(), callback);
		}
		return true;
	}

	private PreparedPage prepare(String slug, RenderedPage page) {
		PreparedPage prepared = this.prepared.get(slug);
		if (prepared == null || prepared.page() != page) {
			// Two requests may both prepare a new page: the same fields, whichever is kept.
			prepared = PreparedPage.of(page);
			this.prepared.put(slug, prepared);
		}
		return prepared;
	}

	/** The slug of a request the cache may answer: a GET or HEAD of a feed path without a query. */
	private static String cachedFeedSlug(Request request) {
		String method = request.getMethod();
		if (!(HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) || request.getHttpURI().getQuery() != null) {
			return null;
		}
		return feedSlug(request.getHttpURI().getPath());
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

	/** A page and the headers that are its own, encoded once. */
	private record PreparedPage(RenderedPage page, String etag, HttpField etagField, HttpField lastModified,
			HttpField contentLanguage, HttpField htmlLength, HttpField gzippedLength) {

		static PreparedPage of(RenderedPage page) {
			String etag = page.etag();
			return new PreparedPage(page, etag, new PreEncodedHttpField(HttpHeader.ETAG, etag),
					new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(page.lastModified())),
					new PreEncodedHttpField(HttpHeader.CONTENT_LANGUAGE, page.languageTag()),
					new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(page.html().length)),
					new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(page.gzipped().length)));
		}

		/** Whether If-None-Match names this page: the exact ETag at once, any other form the long way. */
		boolean matches(String ifNoneMatch) {
			return ifNoneMatch != null && (ifNoneMatch.equals(this.etag) || FeedResponses.matches(ifNoneMatch, this.etag));
		}

	}

}
