package news.liveblog.system;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.embed.SocialNetwork;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser may do with any page of the site, said on every response before anything else runs: the
 * cached feed (answered by Jetty before any filter, with these same headers: CachedFeedHandler), static files, the live stream,
 * the back office and error pages alike. Jetty's own error answers get the same ({@link JettyErrorPages}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

	/**
	 * Only the site's own files run or load: scripts from static/js (no inline script, no event-handler
	 * attribute, no eval), styles from static/css (no style attribute or element), the live stream and form
	 * posts to the site itself; images also over HTTPS from anywhere, since an entry's image or link card
	 * points where the editor chose (an image runs nothing). So markup that slips into a page anyway stays
	 * inert. The JSON-LD block is data that no browser executes, so it needs no exception. No other site may
	 * frame a page but a blog's embed ({@link PartnerFraming}); a page frames only the embeds of posts from
	 * other sites ({@link #frameSources}).
	 */
	static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy("'none'");

	private static String contentSecurityPolicy(String frameAncestors) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' https:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
				+ "frame-ancestors " + frameAncestors + "; " + frameSources();
	}

	/**
	 * The only frames a page may hold: the official embeds of the networks an entry can show a post of, each
	 * loaded only once a reader asks (static/js/embeds.js), from the one list of them.
	 */
	private static String frameSources() {
		return "frame-src " + String.join(" ", SocialNetwork.embedHosts().stream().map((host) -> "https://" + host).toList());
	}

	/** Links to other sites tell them where the reader came from (the site), never which page. */
	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	/**
	 * Browsers that reached the site over HTTPS stay on it for a year, subdomains too. Only said over HTTPS
	 * (behind a proxy: with the forwarded-headers setting), where it means something.
	 */
	public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	/**
	 * What every response says, whoever writes it: this filter, the fast path, Jetty's error handler. Spring
	 * Security writes none of them (SiteSecurity). The XSS "auditor" is told off ({@code 0}), as Spring
	 * Security did: the browsers that had one could be made to blank out parts of a page with it.
	 */
	public static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"Referrer-Policy", REFERRER_POLICY, "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"X-XSS-Protection", "0");

	/**
	 * What a page that other sites may frame says instead: the same, but framed by those sites, and without
	 * {@code X-Frame-Options}, whose DENY would contradict it (and which cannot name several sites).
	 * @param frameAncestors the sources of {@code frame-ancestors}: {@code *}, or origins separated by spaces
	 */
	static Map<String, String> framedBy(String frameAncestors) {
		Map<String, String> headers = new LinkedHashMap<>(HEADERS);
		headers.remove("X-Frame-Options");
		headers.put("Content-Security-Policy", contentSecurityPolicy(frameAncestors));
		return Collections.unmodifiableMap(headers);
	}

	private final PartnerFraming partnerFraming;

	SecurityHeaders(PartnerFraming partnerFraming) {
		this.partnerFraming = partnerFraming;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error page answers for the address asked: the embed's own 404 shows in the partner's frame.
		String path = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked) ? asked
				: request.getRequestURI();
		(PartnerFraming.isEmbed(path) ? this.partnerFraming.embedHeaders() : HEADERS).forEach(response::setHeader);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
		chain.doFilter(request, response);
	}

	/** Again on the error page's own dispatch, in case the container reset the response for it. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
