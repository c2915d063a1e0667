package news.liveblog.system;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Requests handed by a Jetty handler to a thread that may block, off the selector thread that read them: by
 * {@link EditorsFirstHandler} each one it lets in, to the back office's own threads or a virtual one; by the handlers
 * in front of it ({@link AheadOfTheLimit}) what they cannot answer without blocking, when the limit is off. A request handed over once is marked, so that a handler further in
 * leaves it on the thread it was given.
 */
public final class BlockingThread {

	private static final String GIVEN = BlockingThread.class.getName() + ".given";

	private BlockingThread() {
	}

	/** Whether a handler in front already gave the request a thread of its own. */
	public static boolean isGiven(Request request) {
		return request.getAttribute(GIVEN) != null;
	}

	/**
	 * Runs {@code next} for the request on the calling thread, the one it was handed to: marked as given, and
	 * answered 404 if nothing handles it, or with the error page of what it threw.
	 */
	public static void run(Request request, Response response, Callback callback, Request.Handler next) {
		request.setAttribute(GIVEN, Boolean.TRUE);
		try {
			if (!next.handle(request, response, callback)) {
				Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
			}
		}
		catch (Throwable failure) {
			Response.writeError(request, response, callback, failure);
		}
	}

}
