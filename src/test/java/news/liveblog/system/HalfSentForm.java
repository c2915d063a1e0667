package news.liveblog.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A sign-in form whose body is still on its way: the application waits for it (reading its parameters), and so
 * holds a request in flight, until the socket is closed.
 */
final class HalfSentForm {

	private HalfSentForm() {
	}

	static Socket send(int port) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /admin/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 1000\r\n\r\nusername=").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

}
