package news.liveblog.system;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What to do with a request body refused for its size before the answer is written: read and drop one of a
 * few megabytes, so that the answer reaches the client (closing with unread bytes makes the kernel reset the
 * connection, and the answer is lost with it); beyond that, reading is not worth it and the connection closes.
 */
public final class OversizedBody {

	private OversizedBody() {
	}

	public static void dropOrClose(HttpServletRequest request, HttpServletResponse response, long readAtMost)
			throws IOException {
		if (request.getContentLengthLong() <= readAtMost) {
			request.getInputStream().transferTo(OutputStream.nullOutputStream());
		}
		else {
			response.setHeader("Connection", "close");
		}
	}

}
