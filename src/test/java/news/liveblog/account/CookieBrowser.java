package news.liveblog.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One browser, with its cookies, talking plain HTTP to any instance on localhost. Cookies ignore the port,
 * so requests to two instances share them, exactly as requests spread by a load balancer over one host
 * name do.
 */
final class CookieBrowser {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	HttpResponse<String> get(int port, String path) {
		return send(HttpRequest.newBuilder(uri(port, path)).GET().build());
	}

	/** A form post; the field order is kept, as a browser keeps it. */
	HttpResponse<String> post(int port, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(port, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Signs in through the form on that instance; returns the answer (a redirect). */
	HttpResponse<String> signIn(int port, String username, String password) {
		String csrf = csrf(get(port, SignedIn.LOGIN_PAGE).body());
		return post(port, SignedIn.LOGIN_PAGE, form("username", username, "password", password, "_csrf", csrf));
	}

	/** Puts a session cookie of someone else's choosing in this browser, as a fixation attack would. */
	void plantSessionCookie(String value) {
		try {
			// As if a server had set it, so the real one replaces it the way a browser's would.
			this.cookies.put(URI.create("http://localhost/"), Map.of("Set-Cookie", List.of("SESSION=" + value + "; Path=/")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The value of the session cookie this browser holds, if any. */
	Optional<String> sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** The CSRF token a page's forms carry. */
	static String csrf(String html) {
		Element field = Jsoup.parse(html).selectFirst("input[name=_csrf]");
		if (field == null) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return field.val();
	}

	static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
