package news.liveblog.system;

import java.util.concurrent.Executor;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's {@link QoSHandler} with the site's priorities: at most so many requests at once; the others wait
 * in line, the back office's first, then the static assets a page needs, then readers' pages; past the
 * line's length or its waiting time, readers get a 503 with {@code Retry-After} at once (with the site's
 * security headers: the server's error handler writes it, {@link JettyErrorPages}). Live streams and
 * health probes are never counted, held or cut; pages from memory never reach it ({@link AheadOfTheLimit}).
 */
class EditorsFirstHandler extends QoSHandler {

	static final int BACK_OFFICE = 2;

	static final int ASSETS = 1;

	static final int READERS = 0;

	private final HttpField retryAfter;

	/** The back office's own platform threads, or {@code null}: on the virtual threads as the rest. */
	private final QueuedThreadPool desk;

	EditorsFirstHandler(Handler application, QosSettings settings) {
		super(application);
		setMaxRequestCount(settings.requestsAtOnce());
		setMaxSuspendedRequestCount(settings.maxSuspended());
		setMaxSuspend(settings.maxSuspend());
		this.retryAfter = new PreEncodedHttpField(HttpHeader.RETRY_AFTER,
				Long.toString(settings.retryAfter().toSeconds()));
		// A live stream stays open for half an hour: counted, a few hundred readers would hold every turn, and
		// one held in line would miss its entries. Its cost is per event, not per request.
		exclude(EditorsFirstHandler::isEventStream);
		// A balancer that finds its probe refused under load takes the instance out, and its readers fall on
		// the others, which then fall over too: the probes say how the instance is, never wait behind readers.
		excludePath("/livez", "/readyz", "/actuator/health", "/actuator/health/*");
		if (settings.backOfficeThreads() > 0) {
			this.desk = new QueuedThreadPool(settings.backOfficeThreads(), 1);
			this.desk.setName("back-office");
			addBean(this.desk);
		}
		else {
			this.desk = null;
		}
	}

	/**
	 * Non-blocking, as the handlers {@link AheadOfTheLimit} in front of it, which hand on to it on the selector
	 * thread that read the request: counting a request, holding it in line or turning it away never blocks, and
	 * each request let in is given a thread of its own ({@link #nextHandler}).
	 */
	@Override
	public InvocationType getInvocationType() {
		return InvocationType.NON_BLOCKING;
	}

	/**
	 * Each request let in on a thread that may block, a virtual one as the application runs, unless one in front
	 * already gave it one. A back-office request runs on the desk's own platform threads: on the virtual threads,
	 * each time it woke from a database reply it waited behind every runnable reader task for one of the carriers
	 * (one per core) that readers keep busy; a platform thread woken by the kernel is scheduled by it at once,
	 * beside the carriers. Its streams stay on virtual threads (they are open for half an hour), and so do photo
	 * uploads, whose bodies of megabytes may come slowly from a reporter's phone: a few of them would hold every
	 * one of the desk's threads.
	 */
	@Override
	protected boolean nextHandler(Request request, Response response, Callback callback) throws Exception {
		if (BlockingThread.isGiven(request)) {
			return super.nextHandler(request, response, callback);
		}
		Executor thread = onTheDesksThreads(request) ? this.desk : request.getContext();
		thread.execute(() -> BlockingThread.run(request, response, callback, super::nextHandler));
		return true;
	}

	private boolean onTheDesksThreads(Request request) {
		return this.desk != null && getPriority(request) == BACK_OFFICE && !isEventStream(request)
				&& !request.getHttpURI().getPath().startsWith(PhotoUploadAddress.PATH);
	}

	@Override
	protected int getPriority(Request request) {
		String path = request.getHttpURI().getPath();
		if (path == null) {
			return READERS;
		}
		if (path.equals("/admin") || path.startsWith("/admin/")) {
			return BACK_OFFICE;
		}
		return path.startsWith("/assets/") ? ASSETS : READERS;
	}

	/**
	 * Past the line's length: a reader's request is refused; the back office's is let in uncounted, since
	 * the desk is the one thing that must not be turned away in a spike (editors are few; their sign-in has
	 * its own gate, account.SignInGate).
	 */
	@Override
	protected void reject(Request request, Response response, Callback callback, int status) {
		if (getPriority(request) == BACK_OFFICE) {
			try {
				if (!nextHandler(request, response, callback)) {
					Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
				}
			}
			catch (Throwable failure) {
				Response.writeError(request, response, callback, failure);
			}
			return;
		}
		response.getHeaders().put(this.retryAfter);
		super.reject(request, response, callback, status);
	}

	/** A request that waited too long for its turn: the same 503 with {@code Retry-After}. */
	@Override
	protected void failSuspended(Request request, Response response, Callback callback, int status,
			Throwable failure) {
		if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
			response.getHeaders().put(this.retryAfter);
		}
		super.failSuspended(request, response, callback, status, failure);
	}

	/**
	 * A reader's live stream ({@code /live/{slug}/events}) or the desk's. Known by its address only, never by
	 * what the request asks for: any client can send {@code Accept: text/event-stream} to skip the line.
	 */
	static boolean isEventStream(Request request) {
		String path = request.getHttpURI().getPath();
		return path != null && path.endsWith("/events") && (path.startsWith("/live/") || path.equals("/admin/desk/events"));
	}

}
