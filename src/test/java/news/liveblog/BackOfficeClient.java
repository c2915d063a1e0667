package news.liveblog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An editor's browser without JavaScript, over real HTTP: signs in through the sign-in form, keeps its
 * session cookie, and sends forms with the CSRF token the last back-office page carried.
 */
public final class BackOfficeClient {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrfToken;

	private BackOfficeClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in as the given demo account (whose password is its name). */
	public static BackOfficeClient signIn(int port, String username) {
		BackOfficeClient client = new BackOfficeClient(port);
		client.get("/admin/login");
		HttpResponse<String> signedIn = client.post("/admin/login", Map.of("username", username, "password", username));
		if (!"/admin".equals(signedIn.headers().firstValue("Location").orElse(""))) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode());
		}
		// The CSRF token changes at sign-in: take the new one from the page signed-in editors get.
		client.get("/admin");
		return client;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return remember(send(request.build()));
	}

	/** Sends a form as the browser would, with the current CSRF token. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		if (this.csrfToken != null) {
			form += "&_csrf=" + encode(this.csrfToken);
		}
		return remember(send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build()));
	}

	public Optional<HttpCookie> sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.findFirst();
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
			Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
			if (token != null) {
				this.csrfToken = token.val();
			}
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
