package news.liveblog.system;

import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Whether what a reader sends (a question, an alert subscription) comes from the site's own pages, as the
 * browser tells: these requests carry no session and so no CSRF token, and without this a stranger's site
 * could have its visitors' browsers send questions from thousands of addresses, past every per-address limit.
 * <p>
 * Browsers that say where a request comes from ({@code Sec-Fetch-Site}) are believed: only {@code same-origin}
 * (a page of the site, the partner embed's frame included) or {@code none} (typed by the person) pass; a sibling
 * subdomain ({@code same-site}) is not the site. A browser that does not say it, but names the page's origin
 * ({@code Origin}, which every browser sends with a POST), must name the site's public origin. A client
 * that says neither is no browser a stranger's page can drive, and passes (its abuse is the rate limits').
 */
final class SentFromTheSite implements AuthorizationManager<RequestAuthorizationContext> {

	private final String publicOrigin;

	/** @param publicUrl the configured public address ({@code liveblog.public-url}), or blank */
	SentFromTheSite(String publicUrl) {
		this.publicOrigin = (publicUrl == null || publicUrl.isBlank()) ? null : originOf(publicUrl.strip());
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(fromTheSite(context.getRequest()));
	}

	boolean fromTheSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("same-origin") || site.equals("none");
		}
		String origin = request.getHeader("Origin");
		if (origin == null || this.publicOrigin == null) {
			return true;
		}
		return !origin.equals("null") && originOf(origin).equals(this.publicOrigin);
	}

	/** scheme://host[:port], lower-cased, without the scheme's own port, as browsers write an Origin. */
	private static String originOf(String address) {
		try {
			URI uri = URI.create(address);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			int port = uri.getPort();
			boolean usualPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
			return scheme + "://" + host + (usualPort ? "" : ":" + port);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
