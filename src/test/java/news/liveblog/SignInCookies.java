package news.liveblog;

import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The cookies a browser is given when it signs in, over HTTP: the sign-in form's (its CSRF token, since a
 * stranger has no session) and then, once signed in, the session's. For tests of the cookies' flags.
 */
public final class SignInCookies {

	private SignInCookies() {
	}

	/** The Set-Cookie headers of the sign-in form's page. */
	public static List<String> ofTheForm(Browser browser, String... headers) {
		return browser.get("/admin/login", headers).headers().allValues("Set-Cookie");
	}

	/**
	 * Signs in as a demo account (whose password is its name) with the given request headers on both
	 * requests; returns the Set-Cookie headers of the signed-in answer.
	 */
	public static List<String> afterSigningIn(Browser browser, String username, String... headers) {
		HttpResponse<String> form = browser.get("/admin/login", headers);
		Element csrf = Browser.parse(form).selectFirst("input[name=_csrf]");
		List<String> cookies = new ArrayList<>();
		for (String setCookie : form.headers().allValues("Set-Cookie")) {
			HttpCookie cookie = HttpCookie.parse(setCookie).getFirst();
			cookies.add(cookie.getName() + "=" + cookie.getValue());
		}
		List<String> withCookies = new ArrayList<>(List.of(headers));
		if (!cookies.isEmpty()) {
			withCookies.add("Cookie");
			withCookies.add(String.join("; ", cookies));
		}
		HttpResponse<String> signedIn = browser.post("/admin/login",
				"username=" + username + "&password=" + username + "&_csrf="
						+ URLEncoder.encode(csrf.val(), StandardCharsets.UTF_8),
				withCookies.toArray(String[]::new));
		if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").equals("/admin")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode() + " "
					+ signedIn.headers().firstValue("Location").orElse(""));
		}
		return signedIn.headers().allValues("Set-Cookie");
	}

	/** The Set-Cookie header of the named cookie among them. */
	public static String named(List<String> setCookies, String name) {
		return setCookies.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name + " in " + setCookies));
	}

}
