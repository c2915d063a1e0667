package news.liveblog.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's site for browser tests: another origin (127.0.0.1 and a port of its own, where the application
 * is on localhost) serving the pages a test gives it, as a partner's pages would frame the blog.
 */
final class PartnerSite implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, String> pages = new ConcurrentHashMap<>();

	private PartnerSite(HttpServer server) {
		this.server = server;
	}

	static PartnerSite start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
			PartnerSite site = new PartnerSite(server);
			server.createContext("/", (exchange) -> {
				String page = site.pages.get(exchange.getRequestURI().getPath());
				byte[] body = ((page != null) ? page : "Not found").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
				exchange.sendResponseHeaders((page != null) ? 200 : 404, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return site;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The site's origin, as browsers write it. */
	String origin() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Serves a page holding this markup in its body, and answers its address. */
	String page(String path, String body) {
		this.pages.put(path, """
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Regional news</title></head>
				<body><h1>Regional news</h1>
				%s
				<p id="below">Below the live blog.</p>
				</body>
				</html>
				""".formatted(body));
		return origin() + path;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
