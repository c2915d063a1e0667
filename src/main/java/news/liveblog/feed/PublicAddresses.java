package news.liveblog.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.liveblog.feed.fastpath.PageVariant;
import news.liveblog.system.StartupRefusedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every public address of the site: a blog's feed and its pages, an entry's own page, the Atom feed, the
 * JSON API, the sitemap. The absolute ones start with the configured public address
 * ({@code LIVEBLOG_PUBLIC_URL}), never with what a request says: pages, feeds and API answers are kept in
 * memory and by CDNs, and shared and indexed, so an address taken from a request's {@code Host} or
 * {@code X-Forwarded-*} headers would hand one stranger's host to every later reader.
 * <p>
 * The paths ({@link #feedPath}, {@link #entryPath}) are for links within the site's own pages, which the
 * browser resolves against the address it is on.
 */
@Component
public class PublicAddresses {

	static final String SETTING = "LIVEBLOG_PUBLIC_URL";

	private static final String EXAMPLE = "https://news.example";

	/** The public address without a trailing slash, so that every path is appended with its own. */
	private final String base;

	PublicAddresses(@Value("${liveblog.public-url:}") String publicUrl) {
		this.base = baseOf(publicUrl);
	}

	/**
	 * The configured address, checked, or the start-up stopped with one sentence that says what to set: an
	 * absolute http or https address of a site, with a path if the site is under one, but no query or
	 * fragment (they would end up inside every address).
	 */
	static String baseOf(String publicUrl) {
		if (publicUrl == null || publicUrl.isBlank()) {
			throw new StartupRefusedException("No public address is configured: " + SETTING + " is not set.",
					"Set " + SETTING + " to the address readers reach this site at, for example " + EXAMPLE + ".");
		}
		String url = publicUrl.strip();
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw notAnAddress(url);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null || url.endsWith("?") || url.endsWith("#")) {
			throw notAnAddress(url);
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath().replaceAll("/+$", "") : "";
		return scheme + "://" + uri.getRawAuthority() + path;
	}

	private static StartupRefusedException notAnAddress(String url) {
		return new StartupRefusedException(SETTING + " is not an absolute http or https address: '" + url + "'.",
				"Set " + SETTING + " to the address readers reach this site at, without query or fragment, for example "
						+ EXAMPLE + ".");
	}

	/** A blog's feed, as links within the site write it. */
	public static String feedPath(String slug) {
		return "/live/" + slug;
	}

	/** An entry's own page, as links within the site write it. */
	public static String entryPath(String slug, long entryId) {
		return feedPath(slug) + "/entries/" + entryId;
	}

	/** A blog's embed, the page partners frame. */
	public static String embedPath(String slug) {
		return feedPath(slug) + PageVariant.EMBED.pathSuffix();
	}

	/** A blog's embed, as partners' pages frame it. */
	public String embed(String slug) {
		return this.base + embedPath(slug);
	}

	/** The script partners' pages include to size the embed's frame to its content. */
	public String embedScript() {
		return this.base + PartnerEmbedScript.PATH;
	}

	/**
	 * The site's origin as browsers write it ({@code https://news.example}, lower case, without a default port):
	 * what partners' pages check messages from the embed's frame against.
	 */
	public String origin() {
		URI uri = URI.create(this.base);
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean usualPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (usualPort ? "" : ":" + port);
	}

	/** The front page. */
	public String home() {
		return this.base + "/";
	}

	public String feed(String slug) {
		return this.base + feedPath(slug);
	}

	/** An entry's own page: what readers share, and what the feeds and the API link to. */
	public String entry(String slug, long entryId) {
		return this.base + entryPath(slug, entryId);
	}

	/**
	 * A blog's permanent id in its Atom feed (RFC 4151's tag URI: the site's host, the day the blog was opened, its
	 * number), or an entry's with {@code entryId}: unlike an address, it stays the same when the blog is given a
	 * new one, so feed readers do not take every entry for a new one (RFC 4287 wants ids permanent).
	 */
	public String atomId(long blogId, Instant openedAt, Long entryId) {
		String blog = "tag:" + URI.create(this.base).getHost() + "," + DateTimeFormatter.ISO_LOCAL_DATE
			.format(openedAt.atOffset(ZoneOffset.UTC)) + ":live/" + blogId;
		return (entryId != null) ? blog + "/entries/" + entryId : blog;
	}

	public String atom(String slug) {
		return feed(slug) + "/feed.atom";
	}

	/**
	 * A path of this site made absolute: what leaves the site's pages (the JSON API, Atom, structured data,
	 * share previews) carries the public address, as for every other link.
	 * @param path root-relative, as the site's own pages write it ({@code /media/...})
	 */
	public String absolute(String path) {
		if (!path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("Not a path of this site: " + path);
		}
		return this.base + path;
	}

	/** A page of the JSON API's entries, older than {@code before}. */
	String apiEntries(String slug, long before, int limit) {
		return this.base + EntriesApiController.PATH.replace("{slug}", slug) + "?before=" + before + "&limit=" + limit;
	}

	String sitemap() {
		return this.base + "/sitemap.xml";
	}

}
