package news.liveblog.embed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The networks whose posts and videos an entry can show, the one place that says, for each: its name as
 * readers read it, the addresses it has (hosts exact, paths by strict patterns, ids of known alphabets and
 * lengths), the official embed built from the validated id alone, the host that embed is served from (and so
 * the page's {@code frame-src}), whether it is a video, and its public oEmbed endpoint if it has one.
 * <p>
 * Only the id ever reaches an iframe's address: whatever else the pasted address carried (tracking
 * parameters, a look-alike host, quotes or markup) is dropped or refuses the address.
 */
public enum SocialNetwork {

	/** Status ids are 64-bit numbers; the user's name (1–15 letters, digits, underscore) is not needed. */
	X("X", Shape.POST, "platform.twitter.com", "https://platform.twitter.com/embed/Tweet.html?id={id}&dnt=true",
			"https://x.com/i/status/{id}", "https://publish.twitter.com/oembed",
			Set.of("x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"),
			Pattern.compile("\\d{1,20}"), List.of(
					path("/(?:[A-Za-z0-9_]{1,15}|i/web)/status(?:es)?/(?<id>\\d{1,20})(?:/(?:photo|video)/\\d)?/?"))),

	/** Video ids are 11 characters of URL-safe base64. */
	YOUTUBE("YouTube", Shape.VIDEO, "www.youtube-nocookie.com", "https://www.youtube-nocookie.com/embed/{id}",
			"https://www.youtube.com/watch?v={id}", "https://www.youtube.com/oembed",
			Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be"),
			Pattern.compile("[A-Za-z0-9_-]{11}"), List.of(path("/(?:shorts|live|embed)/(?<id>[A-Za-z0-9_-]{11})/?"),
					new Route("youtu.be", Pattern.compile("/(?<id>[A-Za-z0-9_-]{11})/?"), false),
					new Route(null, Pattern.compile("/watch/?"), true))) {

		@Override
		String canonicalUrl(String id, URI pasted) {
			// A Short stays one: readers' link opens the vertical player, and the embed is framed 9:16.
			return isShort(pasted.getRawPath()) ? "https://www.youtube.com/shorts/" + id : super.canonicalUrl(id, pasted);
		}

		@Override
		public Shape shapeAt(String address) {
			return web(address).filter((uri) -> isShort(uri.getRawPath())).map((uri) -> Shape.VERTICAL_VIDEO)
				.orElse(Shape.VIDEO);
		}

		private static boolean isShort(String path) {
			return path != null && path.startsWith("/shorts/");
		}

	},

	/** Short codes of posts, reels and IGTV, in URL-safe base64; all embed as a post. No public oEmbed. */
	INSTAGRAM("Instagram", Shape.POST, "www.instagram.com", "https://www.instagram.com/p/{id}/embed/",
			"https://www.instagram.com/p/{id}/", null,
			Set.of("instagram.com", "www.instagram.com"), Pattern.compile("[A-Za-z0-9_-]{5,40}"),
			List.of(path("/(?:[A-Za-z0-9_.]{1,30}/)?(?:p|reel|reels|tv)/(?<id>[A-Za-z0-9_-]{5,40})/?"))),

	/**
	 * A public channel's name (5–32 characters, a letter first) and the message's number: both make the id,
	 * "{channel}/{number}". No oEmbed.
	 */
	TELEGRAM("Telegram", Shape.POST, "t.me", "https://t.me/{id}?embed=1", "https://t.me/{id}", null,
			Set.of("t.me", "telegram.me"),
			Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}/\\d{1,10}"),
			List.of(path("/(?:s/)?(?<id>[A-Za-z][A-Za-z0-9_]{3,31}/\\d{1,10})/?"))),

	/**
	 * "{handle or DID}/{record key}". The embed page (embed.bsky.app) turns its path into an at:// address
	 * and asks Bluesky's AppView for the thread, which resolves a handle itself: an address with a handle
	 * embeds as it is, without a look-up here. A DID is the account's permanent name, a handle can later
	 * pass to someone else; the address the editor pasted is kept either way. Post keys are TIDs: 13
	 * characters of base32 (2–7, a–z).
	 */
	BLUESKY("Bluesky", Shape.POST, "embed.bsky.app", "https://embed.bsky.app/embed/{account}/app.bsky.feed.post/{key}",
			"https://bsky.app/profile/{account}/post/{key}", "https://embed.bsky.app/oembed",
			Set.of("bsky.app", "www.bsky.app"), Pattern.compile(Bluesky.ACCOUNT + "/" + Bluesky.POST_KEY),
			List.of(path("/profile/(?<id>" + Bluesky.ACCOUNT + "/post/" + Bluesky.POST_KEY + ")/?"))) {

		@Override
		String idOf(String matched) {
			// The address says ".../post/{key}"; the id keeps the account and the key.
			return matched.replace("/post/", "/");
		}

		@Override
		public String embedUrl(String id) {
			return withAccountAndKey(this.embedTemplate, id);
		}

		@Override
		String canonicalUrl(String id, URI pasted) {
			return withAccountAndKey(this.canonicalTemplate, id);
		}

		private String withAccountAndKey(String template, String id) {
			String[] parts = checked(id).split("/");
			return template.replace("{account}", parts[0]).replace("{key}", parts[1]);
		}

	},

	/** Video ids are numbers (19 digits today); the user's name is not needed. Vertical. */
	TIKTOK("TikTok", Shape.VERTICAL_VIDEO, "www.tiktok.com", "https://www.tiktok.com/player/v1/{id}",
			"https://www.tiktok.com/@{user}/video/{id}", "https://www.tiktok.com/oembed",
			Set.of("tiktok.com", "www.tiktok.com", "m.tiktok.com"), Pattern.compile("\\d{15,21}"),
			List.of(path("/@[A-Za-z0-9_.]{2,24}/video/(?<id>\\d{15,21})/?"))) {

		/** TikTok's addresses need the account's name; it is as strictly checked as the id. */
		private static final Pattern USER = Pattern.compile("/@([A-Za-z0-9_.]{2,24})/video/");

		@Override
		String canonicalUrl(String id, URI pasted) {
			Matcher user = USER.matcher(pasted.getRawPath());
			return super.canonicalUrl(id, pasted).replace("{user}", user.lookingAt() ? user.group(1) : "_");
		}

	},

	/** Public videos, by number. {@code dnt=1}: Vimeo's player then sets no cookie and tracks no session. */
	VIMEO("Vimeo", Shape.VIDEO, "player.vimeo.com", "https://player.vimeo.com/video/{id}?dnt=1",
			"https://vimeo.com/{id}", "https://vimeo.com/api/oembed.json", Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com"),
			Pattern.compile("\\d{6,11}"), List.of(path("/(?:video/)?(?<id>\\d{6,11})/?")));

	/**
	 * Bluesky's ids, written once for the id and the address: a handle or a DID (the account), a TID (13
	 * characters of base32, 2–7, a–z: the post).
	 */
	private static final class Bluesky {

		static final String ACCOUNT = "(?:did:plc:[a-z2-7]{24}|did:web:[a-z0-9.-]{1,253}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63})";

		static final String POST_KEY = "[2-7a-z]{13}";

	}

	/** How the embed is framed: its aspect ratio on the page. */
	public enum Shape {

		/** 16:9. */
		VIDEO,
		/** 9:16, as TikTok's player is. */
		VERTICAL_VIDEO,
		/** A post with its text and perhaps a picture: taller than wide on a phone, given room. */
		POST

	}

	/** One kind of address of a network: the host it is on (any of the network's when null), its path. */
	private record Route(String host, Pattern path, boolean idInQuery) {
	}

	private static Route path(String regex) {
		return new Route(null, Pattern.compile(regex), false);
	}

	private static final Pattern YOUTUBE_QUERY_ID = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");

	private final String displayName;

	private final Shape shape;

	private final String embedHost;

	final String embedTemplate;

	final String canonicalTemplate;

	private final String oEmbedEndpoint;

	private final Set<String> hosts;

	private final Pattern id;

	private final List<Route> routes;

	SocialNetwork(String displayName, Shape shape, String embedHost, String embedTemplate, String canonicalTemplate,
			String oEmbedEndpoint, Set<String> hosts, Pattern id, List<Route> routes) {
		this.displayName = displayName;
		this.shape = shape;
		this.embedHost = embedHost;
		this.embedTemplate = embedTemplate;
		this.canonicalTemplate = canonicalTemplate;
		this.oEmbedEndpoint = oEmbedEndpoint;
		this.hosts = hosts;
		this.id = id;
		this.routes = routes;
	}

	/** The name readers know it by: "X", "YouTube"... (a brand, the same in every language). */
	public String displayName() {
		return this.displayName;
	}

	/** What the database, the JSON API and the page's data attributes call it: "x", "youtube"... */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Shape shape() {
		return this.shape;
	}

	/** How this post's embed is framed: the network's shape, but a YouTube Short is vertical. */
	public Shape shapeAt(String address) {
		return this.shape;
	}

	public boolean isVideo() {
		return this.shape != Shape.POST;
	}

	/** The only host its embed is loaded from: what the Content-Security-Policy's {@code frame-src} lists. */
	public String embedHost() {
		return this.embedHost;
	}

	/** Its public oEmbed endpoint ({@code https}), if it has one that needs no account. */
	public Optional<String> oEmbedEndpoint() {
		return Optional.ofNullable(this.oEmbedEndpoint);
	}

	/** The id's pattern, as regular expressions (Java's and JavaScript's) write it. */
	String idPattern() {
		return this.id.pattern();
	}

	/** Whether this is an id of a post of this network, in full. */
	public boolean isId(String candidate) {
		return candidate != null && this.id.matcher(candidate).matches();
	}

	/** The official embed's address, from the id alone. */
	public String embedUrl(String id) {
		return this.embedTemplate.replace("{id}", checked(id));
	}

	/**
	 * The post's address as readers and feeds get it, built from the validated id alone: whatever else the
	 * pasted address carried is dropped, the share links' tracking parameters first (YouTube's {@code si},
	 * Instagram's {@code igsh}, X's {@code s} and {@code t}, TikTok's {@code _t} and {@code _r}...), which
	 * can tell who shared the link. Empty when the address is no post of this network's.
	 */
	public Optional<String> canonicalAt(String address) {
		return web(address).filter((uri) -> ofHost(uri.getHost()).orElse(null) == this)
			.flatMap((uri) -> idAt(uri).map((id) -> canonicalUrl(id, uri)));
	}

	String canonicalUrl(String id, URI pasted) {
		return this.canonicalTemplate.replace("{id}", checked(id));
	}

	String checked(String id) {
		if (!isId(id)) {
			throw new IllegalArgumentException("Not an id of " + this.displayName + ": " + id);
		}
		return id;
	}

	String idOf(String matched) {
		return matched;
	}

	/** The network whose site this is, by its exact host, or empty for any other site. */
	public static Optional<SocialNetwork> ofSite(String address) {
		return web(address).flatMap((uri) -> ofHost(uri.getHost()));
	}

	/**
	 * The network whose site this address names as typed, even when the rest of it is no valid address
	 * ({@code https://www.youtube.com/watch?v=<script>}): the editor then hears that it is not a post of that
	 * network rather than that it does not start with https://. Only for that message: nothing is made of
	 * such an address.
	 */
	public static Optional<SocialNetwork> ofSiteAsTyped(String address) {
		Matcher site = (address == null) ? null : TYPED_SITE.matcher(address);
		return (site != null && site.lookingAt()) ? ofHost(site.group(1)) : Optional.empty();
	}

	/** A scheme and a host, then a path, a query or a fragment: no user, no port, nothing before. */
	private static final Pattern TYPED_SITE = Pattern.compile("(?i)https?://([a-z0-9.-]{1,253})(?:[/?#]|$)");

	private static Optional<SocialNetwork> ofHost(String host) {
		String lowerCase = host.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((network) -> network.hosts.contains(lowerCase)).findFirst();
	}

	/**
	 * The id of the post or video at this address, if it is one of this network's: {@code https} or
	 * {@code http}, one of its hosts exactly, no credentials or port, a path of a post.
	 */
	public Optional<String> idAt(String address) {
		return web(address).filter((uri) -> ofHost(uri.getHost()).orElse(null) == this).flatMap(this::idAt);
	}

	private Optional<String> idAt(URI uri) {
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		for (Route route : this.routes) {
			if (route.host() != null && !route.host().equals(host)) {
				continue;
			}
			Matcher matcher = route.path().matcher(path);
			if (!matcher.matches()) {
				continue;
			}
			if (route.idInQuery()) {
				Matcher query = YOUTUBE_QUERY_ID.matcher((uri.getRawQuery() != null) ? uri.getRawQuery() : "");
				if (query.find()) {
					return Optional.of(query.group(1));
				}
				continue;
			}
			String id = idOf(matcher.group("id"));
			if (isId(id)) {
				return Optional.of(id);
			}
		}
		return Optional.empty();
	}

	private static Optional<URI> web(String address) {
		if (address == null || address.length() > 2000 || !address.equals(address.strip())) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme();
			boolean web = scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"));
			return (web && uri.getRawAuthority() != null && uri.getHost() != null && uri.getRawUserInfo() == null
					&& uri.getPort() == -1) ? Optional.of(uri) : Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/** The network with this key ("x", "youtube"...), as stored. */
	public static SocialNetwork ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	/** Every network's key, for messages about settings. */
	static String keys() {
		return String.join(", ", Arrays.stream(values()).map(SocialNetwork::key).toList());
	}

	/** Every network's name as readers read it, in order: "X, YouTube, Instagram...". */
	public static String displayNames() {
		return String.join(", ", Arrays.stream(values()).map(SocialNetwork::displayName).toList());
	}

	/** Every embed host, in the order the networks are listed: the page's {@code frame-src}. */
	public static List<String> embedHosts() {
		return Arrays.stream(values()).map(SocialNetwork::embedHost).distinct().toList();
	}

}
