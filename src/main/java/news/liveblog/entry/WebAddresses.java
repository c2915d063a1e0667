package news.liveblog.entry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses an entry may make readers' browsers load or follow: absolute web addresses only. Not
 * {@code javascript:} or {@code data:} (script or content the page would run or show as its own), not a
 * relative or protocol-relative address (it would point into this site, or change meaning with the page),
 * not one with credentials ({@code https://bank.example@evil.example/} names the host after the {@code @}).
 */
public final class WebAddresses {

	/** Longer than any real address an editor pastes; keeps a stored row reasonable. */
	public static final int MAX_LENGTH = 2000;

	private static final Set<String> HTTPS = Set.of("https");

	private static final Set<String> WEB = Set.of("https", "http");

	private WebAddresses() {
	}

	/** An address an image may be loaded from: {@code https} only, as a page served over HTTPS needs. */
	public static boolean isHttps(String address) {
		return isAbsolute(address, HTTPS);
	}

	/** An address a link may lead to: {@code https} or {@code http}. */
	public static boolean isWeb(String address) {
		return isAbsolute(address, WEB);
	}

	private static boolean isAbsolute(String address, Set<String> schemes) {
		if (address == null || address.length() > MAX_LENGTH || !address.equals(address.strip())) {
			return false;
		}
		try {
			URI uri = new URI(address);
			return uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getRawAuthority() != null && uri.getHost() != null && !uri.getHost().isEmpty()
					&& uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
