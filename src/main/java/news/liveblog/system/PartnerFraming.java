package news.liveblog.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which sites may frame a blog's embed ({@code /live/{slug}/embed}), the one page of the site another site
 * may show in a frame: the partner origins configured ({@code LIVEBLOG_EMBED_PARTNER_ORIGINS}), or any
 * origin by default. Every other page refuses to be framed ({@link SecurityHeaders}).
 */
@Component
public class PartnerFraming {

	static final String SETTING = "LIVEBLOG_EMBED_PARTNER_ORIGINS";

	private static final String ANY = "*";

	private static final String EXAMPLE = "https://partner.example,https://www.regional.example";

	/** The origins allowed, as configured and checked; empty for any. */
	private final List<String> partnerOrigins;

	/** What the embed route's responses say instead of {@link SecurityHeaders#HEADERS}. */
	private final Map<String, String> embedHeaders;

	PartnerFraming(@Value("${liveblog.embed.partner-origins:*}") String setting) {
		this.partnerOrigins = originsOf(setting);
		this.embedHeaders = SecurityHeaders.framedBy(
				this.partnerOrigins.isEmpty() ? ANY : String.join(" ", this.partnerOrigins));
	}

	/**
	 * The setting, checked: {@code *} (or nothing) for any origin, else origins separated by commas, each
	 * {@code https://host} or {@code http://host} with a port if not the usual one, and no path; a host may
	 * start with {@code *.} for all its subdomains, as in Content-Security-Policy. Anything else stops the
	 * start-up with one sentence saying what to set: a partner's frame that silently stays blank would be
	 * found out by its readers.
	 */
	static List<String> originsOf(String setting) {
		if (setting == null || setting.isBlank() || setting.strip().equals(ANY)) {
			return List.of();
		}
		List<String> origins = new ArrayList<>();
		for (String origin : Arrays.stream(setting.split(",")).map(String::strip).filter((o) -> !o.isEmpty()).toList()) {
			origins.add(originOf(origin));
		}
		return List.copyOf(origins);
	}

	private static String originOf(String origin) {
		String withoutSlash = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
		// A wildcard host is no URI host: checked as a host of its own once the "*." is taken off.
		boolean subdomains = withoutSlash.matches("(?i)https?://\\*\\..*");
		String checked = subdomains ? withoutSlash.replaceFirst("\\*\\.", "") : withoutSlash;
		URI uri;
		try {
			uri = new URI(checked);
		}
		catch (URISyntaxException ex) {
			throw notAnOrigin(origin);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean originOnly = uri.getHost() != null && uri.getRawUserInfo() == null
				&& (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
				&& uri.getRawFragment() == null && !checked.endsWith("?") && !checked.endsWith("#");
		if (!(scheme.equals("http") || scheme.equals("https")) || !originOnly) {
			throw notAnOrigin(origin);
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		return scheme + "://" + (subdomains ? "*." : "") + host + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	private static StartupRefusedException notAnOrigin(String origin) {
		return new StartupRefusedException(SETTING + " holds '" + origin + "', which is not an origin of a site.",
				"Set " + SETTING + " to * for any site, or to the partner sites' origins separated by commas (scheme, host "
						+ "and port only, no path), for example " + EXAMPLE + ".");
	}

	/** The origins that may frame the embed, as configured; empty when any may. */
	public List<String> partnerOrigins() {
		return this.partnerOrigins;
	}

	/** The security headers of the embed route, the fast path's copy included. */
	public Map<String, String> embedHeaders() {
		return this.embedHeaders;
	}

	/** Whether the path is a blog's embed ({@code /live/{slug}/embed}), whose pages partners may frame. */
	public static boolean isEmbed(String path) {
		if (path == null || !path.startsWith("/live/") || !path.endsWith(EMBED_SUFFIX)) {
			return false;
		}
		String slug = path.substring("/live/".length(), path.length() - EMBED_SUFFIX.length());
		return !slug.isEmpty() && slug.indexOf('/') < 0;
	}

	private static final String EMBED_SUFFIX = "/embed";

}
