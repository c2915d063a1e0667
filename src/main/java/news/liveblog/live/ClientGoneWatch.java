package news.liveblog.live;

import java.io.IOException;
import java.nio.ByteBuffer;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Notices at once when a reader's browser closes its stream's connection. A servlet container tells an
 * asynchronous response nothing of a client that goes away while nothing is being read or written: Jetty
 * only learned of it when the next heartbeat failed to be written, 20 to 40 seconds later, and until then
 * the stream was still counted (the readers gauge, the client's share of streams). A stream's request has
 * no body and its browser sends nothing more on that connection, so this reads the connection, through
 * Jetty's own end point, only to see it end.
 * <p>
 * HTTP/1.1 only, where the connection is the stream's alone, and it is marked {@code Connection: close}
 * so that Jetty never wants to read another request from it. Anywhere else (HTTP/2, another container),
 * nothing is watched and the heartbeat finds a gone reader as before.
 */
final class ClientGoneWatch implements Callback {

	private final EndPoint endPoint;

	private final Runnable onGone;

	private final ByteBuffer discard = ByteBuffer.allocate(64);

	private ClientGoneWatch(EndPoint endPoint, Runnable onGone) {
		this.endPoint = endPoint;
		this.onGone = onGone;
	}

	/** Runs {@code onGone} (once or more: it must not mind) when the client closes the connection. */
	static void watch(HttpServletRequest request, Runnable onGone) {
		if (!"HTTP/1.1".equals(request.getProtocol()) && !"HTTP/1.0".equals(request.getProtocol())) {
			return;
		}
		EndPoint endPoint;
		try {
			ServletContextRequest jettyRequest = ServletContextRequest.getServletContextRequest(request);
			endPoint = (jettyRequest != null) ? jettyRequest.getConnectionMetaData().getConnection().getEndPoint() : null;
		}
		catch (RuntimeException | LinkageError ex) {
			// not Jetty's request (a test's mock, another container): the heartbeat will do
			return;
		}
		if (endPoint != null) {
			watch(endPoint, onGone);
		}
	}

	/** The same, on the connection's end point itself ({@link LiveStreamHandler}: HTTP/1.1 only). */
	static void watch(EndPoint endPoint, Runnable onGone) {
		new ClientGoneWatch(endPoint, onGone).listen();
	}

	private void listen() {
		// Not when Jetty itself is waiting to read: then its own reading will see the end.
		this.endPoint.tryFillInterested(this);
	}

	@Override
	public void succeeded() {
		try {
			int read;
			do {
				// Jetty's buffers are filled after their limit: empty means limit 0.
				BufferUtil.clear(this.discard);
				read = this.endPoint.fill(this.discard);
			}
			while (read > 0);
			if (read < 0) {
				this.onGone.run();
			}
			else {
				listen();
			}
		}
		catch (IOException ex) {
			this.onGone.run();
		}
	}

	@Override
	public void failed(Throwable cause) {
		if (this.endPoint.isOpen()) {
			// An idle timeout while the stream is quiet: the connection is still there, keep watching.
			listen();
		}
		else {
			this.onGone.run();
		}
	}

}
