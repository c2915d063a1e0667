package news.liveblog.feed.fastpath;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import news.liveblog.feed.fastpath.FeedResponses.Answer;
import news.liveblog.system.AheadOfTheLimit;
import news.liveblog.system.BlockingThread;
import news.liveblog.system.PreEncodedHeaders;
import news.liveblog.system.SecurityHeaders;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The fast path for a spike: a feed page (or its embed) already rendered at the blog's latest change is answered by
 * Jetty itself, in front of the servlet layer, without the security chain, the dispatcher or the
 * database. The page is public and the same for every reader. Anything else (a miss, a query string,
 * another path or method) goes on to the application, whose controller answers the same way.
 * <p>
 * It sits before the servlet layer because, once the page is in memory, the servlet request and
 * response wrappers and the filter chain were most of what a request cost (bench/feed-vs-nginx.sh).
 */
public class CachedFeedHandler extends Handler.Wrapper implements AheadOfTheLimit {

	private static final String FEED_PREFIX = "/live/";

	/** The embed's own: partners may frame it (system.PartnerFraming). */
	private final HttpField[] embedSecurityHeaders;

	private final CurrentFeedPages pages;

	private final String cacheControl;

	/**
	 * Each blog's pages with their headers encoded once, not on every request; replaced when the page is.
	 * Keyed by path: a blog's feed and its embed each have theirs.
	 */
	private final Map<String, PreparedPage> prepared = new ConcurrentHashMap<>();


	/**
	 * @param embedSecurityHeaders what the embed's responses say instead of {@link SecurityHeaders#HEADERS}
	 */
	public CachedFeedHandler(Handler application, CurrentFeedPages pages, String cacheControl,
			Map<String, String> embedSecurityHeaders) {
		super(application);
		this.pages = pages;
		this.cacheControl = cacheControl;
		this.embedSecurityHeaders = PreEncodedHeaders.of(embedSecurityHeaders);
	}

	/**
	 * Non-blocking: Jetty answers each request on the selector thread that read it, as nginx's workers do,
	 * instead of handing every one to a thread of its own (on virtual threads, one more taking over the selecting
	 * for each request: Jetty's "execute-produce-consume"). A page from memory never blocks; whatever goes on to
	 * the application (JDBC, the servlet API: blocking) is handed to a thread here ({@link #toApplication}).
	 */
	@Override
	public InvocationType getInvocationType() {
		return InvocationType.NON_BLOCKING;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = cachedPath(request);
		String slug = feedSlug(path);
		PageVariant variant = PageVariant.FEED;
		if (slug == null && path != null && path.endsWith(PageVariant.EMBED.pathSuffix())) {
			slug = feedSlug(path.substring(0, path.length() - PageVariant.EMBED.pathSuffix().length()));
			variant = PageVariant.EMBED;
		}
		RenderedPage page = (slug != null) ? this.pages.serve(slug, variant) : null;
		if (page == null) {
			if (slug != null) {
				// Nothing current for this page (changed, gone or never seen): drop what was prepared of it.
				this.prepared.remove(path);
			}
			return toApplication(request, response, callback);
		}
		PreparedPage prepared = prepare(path, page);
		HttpFields requestHeaders = request.getHeaders();
		Answer answer = Answer.to(requestHeaders.get(HttpHeader.IF_NONE_MATCH),
				requestHeaders.get(HttpHeader.ACCEPT_ENCODING), prepared.etag());
		// Added, not put: the response holds none of them yet (only Jetty's Date), and each put would compare the
		// name with every field already there.
		HttpFields.Mutable headers = response.getHeaders();
		HttpField[] securityHeaders = (variant == PageVariant.EMBED) ? this.embedSecurityHeaders
				: PreEncodedHeaders.SECURITY;
		for (HttpField header : securityHeaders) {
			headers.add(header);
		}
		if (request.isSecure()) {
			headers.add(PreEncodedHeaders.STRICT_TRANSPORT_SECURITY);
		}
		for (HttpField header : prepared.headers(answer)) {
			headers.add(header);
		}
		if (answer == Answer.NOT_MODIFIED) {
			response.setStatus(HttpStatus.NOT_MODIFIED_304);
			callback.succeeded();
			return true;
		}
		response.setStatus(HttpStatus.OK_200);
		if (HttpMethod.HEAD.is(request.getMethod())) {
			callback.succeeded();
		}
		else {
			// A view of its own: the shared buffer's position never moves.
			response.write(true, (answer == Answer.GZIPPED ? page.directGzipped() : page.directHtml()).duplicate(),
					callback);
		}
		return true;
	}

	/**
	 * On a thread of its own (a virtual one, as the app runs), unless a handler in front already gave it one to
	 * block on, or the next one gives it one itself (system.EditorsFirstHandler: non-blocking, it counts the request
	 * and then gives it a thread, the back office's own or a virtual one).
	 */
	private boolean toApplication(Request request, Response response, Callback callback) throws Exception {
		if (BlockingThread.isGiven(request) || getHandler().getInvocationType() == InvocationType.NON_BLOCKING) {
			return super.handle(request, response, callback);
		}
		request.getContext().execute(() -> BlockingThread.run(request, response, callback, super::handle));
		return true;
	}

	private PreparedPage prepare(String path, RenderedPage page) {
		PreparedPage prepared = this.prepared.get(path);
		if (prepared == null || prepared.page() != page) {
			// Two requests may both prepare a new page: the same fields, whichever is kept.
			prepared = PreparedPage.of(page, this.cacheControl);
			this.prepared.put(path, prepared);
		}
		return prepared;
	}

	/** The path of a request the cache may answer, if it is a page's: a GET or HEAD without a query. */
	private static String cachedPath(Request request) {
		String method = request.getMethod();
		if (!(HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) || request.getHttpURI().getQuery() != null) {
			return null;
		}
		return request.getHttpURI().getPath();
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

	/** A page and the headers of each answer with it ({@link FeedResponses#headers}), encoded once. */
	private record PreparedPage(RenderedPage page, String etag, HttpField[] notModified, HttpField[] html,
			HttpField[] gzipped) {

		static PreparedPage of(RenderedPage page, String cacheControl) {
			return new PreparedPage(page, page.etag(),
					PreEncodedHeaders.of(FeedResponses.headers(page, cacheControl, Answer.NOT_MODIFIED)),
					PreEncodedHeaders.of(FeedResponses.headers(page, cacheControl, Answer.HTML)),
					PreEncodedHeaders.of(FeedResponses.headers(page, cacheControl, Answer.GZIPPED)));
		}

		HttpField[] headers(Answer answer) {
			return switch (answer) {
				case NOT_MODIFIED -> this.notModified;
				case HTML -> this.html;
				case GZIPPED -> this.gzipped;
			};
		}

	}

}
