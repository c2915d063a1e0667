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

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** A form sent as a browser sends one, already encoded ({@code a=1&b=2}). */
	public HttpResponse<String> post(String path, String form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, BodyHandlers.ofString());
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
