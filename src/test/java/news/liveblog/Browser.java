package news.liveblog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Plain HTTP against the running application, as a reader's browser (without JavaScript) asks: no cookies,
 * so every request is a stranger's (what the page cache and the security headers are tested with). An
 * editor's browser, which keeps its cookies and sends forms, is a {@link CookieBrowser}.
 */
public final class Browser {

	private final HttpClient client;

	private final String base;

	public Browser(int port) {
		this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), port);
	}

	/** Through a client of the caller's (one that keeps cookies, say). */
	Browser(HttpClient client, int port) {
		this.client = client;
		this.base = "http://localhost:" + port;
	}

	/** A page asked for; the headers given ({@code name, value, ...}) go with it, an Accept of their own included. */
	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), headers);
	}

	/** A form sent as a browser sends one, already encoded ({@code a=1&b=2}). */
	public HttpResponse<String> post(String path, String form, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), headers);
	}

	/** A file sent as the body, as a script sends one with XMLHttpRequest (no form, no multipart). */
	public HttpResponse<String> post(String path, byte[] body, String contentType, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		request.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		try {
			return this.client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Document parse(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

}
