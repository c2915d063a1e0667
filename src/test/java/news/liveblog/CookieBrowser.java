package news.liveblog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import news.liveblog.account.SignedIn;

/**
 * An editor's browser without JavaScript, over real HTTP to any instance on localhost: it keeps its cookies
 * and sends forms with the CSRF token the last page carried. Cookies ignore the port, so requests to two
 * instances share them, exactly as requests spread by a load balancer over one host name do. A reader's
 * browser, without cookies, is a {@link Browser}.
 */
public final class CookieBrowser {

	private final LocalhostCookies cookies = new LocalhostCookies();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private volatile String csrfToken;

	/** A browser signed in as the given demo account (whose password is its name), with a token to send forms. */
	public static CookieBrowser signedIn(int port, String username) {
		return signedIn(port, username, username);
	}

	/** A browser signed in through the form, with the token of the page signed-in editors get. */
	public static CookieBrowser signedIn(int port, String username, String password) {
		CookieBrowser browser = new CookieBrowser();
		HttpResponse<String> signedIn = browser.signIn(port, username, password);
		if (!"/admin".equals(signedIn.headers().firstValue("Location").orElse(""))) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode() + " "
					+ signedIn.headers().firstValue("Location").orElse(""));
		}
		// The CSRF token changes at sign-in: take the new one from the page signed-in editors get.
		browser.get(port, "/admin");
		return browser;
	}

	public HttpResponse<String> get(int port, String path, String... headers) {
		return remember(on(port).get(path, headers));
	}

	/**
	 * A form post; the field order is kept, as a browser keeps it, and the CSRF token of the last page is
	 * added unless the form carries one of its own.
	 */
	public HttpResponse<String> post(int port, String path, Map<String, String> form, String... headers) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrfToken != null) {
			fields.putIfAbsent("_csrf", this.csrfToken);
		}
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return remember(on(port).post(path, body, headers));
	}

	/**
	 * A file sent by a page's script: the bytes as the body, the CSRF token of the last page in its header, and
	 * the header that says it is a script's call.
	 */
	public HttpResponse<String> sendFile(int port, String path, byte[] file, String contentType, String... headers) {
		List<String> all = new ArrayList<>(List.of("X-CSRF-TOKEN", String.valueOf(this.csrfToken), "X-Requested-With",
				"XMLHttpRequest"));
		all.addAll(List.of(headers));
		return on(port).post(path, file, contentType, all.toArray(String[]::new));
	}

	/** Sends a form of a page as a browser would: its fields (hidden ones included), some of them filled in. */
	public HttpResponse<String> submit(int port, Element form, Map<String, String> filledIn) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name]")) {
			if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
				fields.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
			}
		}
		fields.putAll(filledIn);
		return post(port, form.attr("action"), fields);
	}

	/**
	 * Signs in through the form on that instance, with the given request headers on both requests; returns
	 * the answer (a redirect).
	 */
	public HttpResponse<String> signIn(int port, String username, String password, String... headers) {
		String csrf = csrf(get(port, SignedIn.LOGIN_PAGE, headers).body());
		return post(port, SignedIn.LOGIN_PAGE, form("username", username, "password", password, "_csrf", csrf),
				headers);
	}

	/** Puts a session cookie of someone else's choosing in this browser, as a fixation attack would. */
	public void plantSessionCookie(String value) {
		try {
			// As if a server had set it, so the real one replaces it the way a browser's would.
			this.cookies.put(URI.create("http://localhost/"),
					Map.of("Set-Cookie", List.of("SESSION=" + value + "; Path=/")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The value of the session cookie this browser holds, if any. */
	public Optional<String> sessionCookie() {
		return this.cookies.all()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** The CSRF token a page's forms carry. */
	public static String csrf(String html) {
		Element field = Jsoup.parse(html).selectFirst("input[name=_csrf]");
		if (field == null) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return field.val();
	}

	/** A form's fields, in the order given. */
	public static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	/** The Set-Cookie header an answer gave for the named cookie, flags included. */
	public static String setCookie(HttpResponse<String> response, String name) {
		List<String> setCookies = response.headers().allValues("Set-Cookie");
		return setCookies.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name + " in " + setCookies));
	}

	private Browser on(int port) {
		return new Browser(this.http, port);
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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Cookies as browsers keep them for localhost, which they count as a secure origin: {@code Secure} cookies
	 * (an instance behind a TLS proxy sets them) are sent back over its plain HTTP too.
	 */
	private static final class LocalhostCookies extends CookieHandler {

		private final CookieManager cookies = new CookieManager();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
			return this.cookies.get(URI.create(uri.toString().replaceFirst("^http:", "https:")), requestHeaders);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
			this.cookies.put(uri, responseHeaders);
		}

		List<HttpCookie> all() {
			return this.cookies.getCookieStore().getCookies();
		}

	}

}
