package news.liveblog.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import news.liveblog.blog.LiveBlog;
import news.liveblog.system.AheadOfTheLimit;
import news.liveblog.system.BlockingThread;
import news.liveblog.system.PreEncodedHeaders;
import news.liveblog.system.ClientAddress;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Serves a public blog's live stream ({@code GET /live/{slug}/events}) from Jetty itself, in front of the
 * servlet layer, as the feed's fast path serves its pages: no filter chain, no dispatcher, no asynchronous
 * servlet response and no thread per reader ({@link DirectLiveReader}). Ten thousand readers arriving at
 * once cost what their connections cost; through the servlet layer each took a request's worth of filters,
 * wrappers and a writer thread, and they were let in a few hundred a second (bench/sse-fanout.sh).
 * <p>
 * It answers as {@link LiveStreamController} does: the same headers, the same share of streams per client
 * address (a 429 with Retry-After beyond), the same resume from {@code Last-Event-ID} or {@code ?since=}, the
 * same end after the stream's timeout or as soon as the browser closes its connection. What it does not
 * serve goes on to the application, which answers it as before: another method or query, HTTP/2, a blog it
 * cannot find (a 404, or a moved blog's redirect), a database that is away while the blog is not in memory.
 */
final class LiveStreamHandler extends Handler.Wrapper implements AheadOfTheLimit {

	private static final String PREFIX = "/live/";

	private static final String SUFFIX = "/events";

	private static final HttpField[] STREAM_HEADERS = {
			new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=UTF-8"),
			// Never cached, never buffered by a proxy: each event must reach the reader as it is sent.
			new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store"),
			new PreEncodedHttpField("X-Accel-Buffering", "no"),
			// The connection is this stream's alone: never read again for another request (ClientGoneWatch).
			new PreEncodedHttpField(HttpHeader.CONNECTION, "close") };

	private static final HttpField RETRY_AFTER_TOO_MANY = new PreEncodedHttpField(HttpHeader.RETRY_AFTER,
			Long.toString(LiveStreamController.RETRY_AFTER_TOO_MANY.toSeconds()));

	private final LiveStreams streams;

	private final StreamQuota perClient;

	private final Duration timeout;

	LiveStreamHandler(Handler application, LiveStreams streams, StreamQuota perClient, Duration timeout) {
		super(application);
		this.streams = streams;
		this.perClient = perClient;
		this.timeout = timeout;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String slug = streamSlug(request);
		Long since = (slug != null) ? since(request.getHttpURI().getQuery()) : null;
		if (slug == null || since == null) {
			return super.handle(request, response, callback);
		}
		if (!BlockingThread.isGiven(request) && this.streams.publicBlogWithReadersHere(slug).isEmpty()) {
			// The blog's first reader here: finding the blog and opening its channel query the database, which
			// the thread that read the request must not wait on (in front of feed.fastpath, a selector thread).
			request.getContext()
				.execute(() -> BlockingThread.run(request, response, callback,
						(given, answer, done) -> stream(given, answer, done, slug, since)));
			return true;
		}
		return stream(request, response, callback, slug, since);
	}

	private boolean stream(Request request, Response response, Callback callback, String slug, long since)
			throws Exception {
		Optional<LiveBlog> found;
		try {
			found = this.streams.publicBlog(slug);
		}
		catch (RuntimeException ex) {
			// The database is away and the blog not in memory: the application says so (a 503).
			return super.handle(request, response, callback);
		}
		if (found.isEmpty()) {
			return super.handle(request, response, callback);
		}
		LiveBlog blog = found.get();
		// Added, not put: the response holds none of them yet, and each put would compare the name with every
		// field already there (ten thousand readers arriving at once are ten thousand of these).
		HttpFields.Mutable headers = response.getHeaders();
		for (HttpField header : PreEncodedHeaders.SECURITY) {
			headers.add(header);
		}
		if (request.isSecure()) {
			headers.add(PreEncodedHeaders.STRICT_TRANSPORT_SECURITY);
		}
		String client = ClientAddress.of(Request.getRemoteAddr(request));
		if (!this.perClient.tryOpen(client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS_429);
			headers.add(RETRY_AFTER_TOO_MANY);
			callback.succeeded();
			return true;
		}
		response.setStatus(HttpStatus.OK_200);
		for (HttpField header : STREAM_HEADERS) {
			headers.add(header);
		}
		Scheduler.Task[] ending = new Scheduler.Task[1];
		// Gives the client's place back once, however the stream ends.
		AtomicBoolean ended = new AtomicBoolean();
		Runnable end = () -> {
			if (ended.compareAndSet(false, true)) {
				this.perClient.closed(client);
				if (ending[0] != null) {
					ending[0].cancel();
				}
			}
		};
		Callback done = Callback.from(callback, end);
		DirectLiveReader[] made = new DirectLiveReader[1];
		EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
		long from = LiveStreamController.resumeFrom(request.getHeaders().get("Last-Event-ID"),
				(since >= 0) ? since : null, blog);
		try {
			this.streams.open(blog, from, (onClose) -> made[0] = new DirectLiveReader(response, endPoint, from, done, onClose));
		}
		catch (IOException | RuntimeException ex) {
			end.run();
			throw ex;
		}
		DirectLiveReader reader = made[0];
		ending[0] = request.getComponents().getScheduler().schedule(reader::close, this.timeout);
		request.addFailureListener((failure) -> reader.close());
		// A quiet stream is no failure: the heartbeat keeps it busy, and finds a reader gone silently.
		request.addIdleTimeoutListener((idle) -> false);
		ClientGoneWatch.watch(endPoint, reader::close);
		return true;
	}

	/** The slug of a stream's request this handler serves: a GET over HTTP/1.1 to {@code /live/{slug}/events}. */
	static String streamSlug(Request request) {
		if (!HttpMethod.GET.is(request.getMethod())
				|| request.getConnectionMetaData().getHttpVersion() != HttpVersion.HTTP_1_1) {
			return null;
		}
		String path = request.getHttpURI().getPath();
		if (path == null || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)
				|| path.length() <= PREFIX.length() + SUFFIX.length()) {
			return null;
		}
		for (int i = PREFIX.length(); i < path.length() - SUFFIX.length(); i++) {
			char c = path.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
				return null;
			}
		}
		return path.substring(PREFIX.length(), path.length() - SUFFIX.length());
	}

	/**
	 * The page's {@code ?since=}: -1 for no query, the number for {@code since=N}, and {@code null} for any
	 * other query, which the application answers.
	 */
	static Long since(String query) {
		if (query == null || query.isEmpty()) {
			return -1L;
		}
		if (!query.startsWith("since=") || query.length() == 6 || query.length() > 6 + 18) {
			return null;
		}
		for (int i = 6; i < query.length(); i++) {
			if (query.charAt(i) < '0' || query.charAt(i) > '9') {
				return null;
			}
		}
		return Long.parseLong(query.substring(6));
	}

}
