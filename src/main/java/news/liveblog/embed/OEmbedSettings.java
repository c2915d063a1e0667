package news.liveblog.embed;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the server may ask a network's oEmbed endpoint for a post's author and text when an editor adds
 * it ({@code liveblog.embeds.oembed.*}). Off by default: the app works fully without it, and a newsroom
 * turns it on knowing its server then talks to those networks.
 *
 * @param timeout for connecting and for the whole answer: the editor is waiting
 * @param maxBytes the most of an answer read; a longer one is not an oEmbed answer worth having
 * @param endpoints per network key ({@code youtube}, {@code x}...), instead of its public endpoint: where a
 * proxy or a test's stand-in answers. Only {@code https}, or {@code http} to this machine itself (a
 * loopback address), so that nothing else is ever called in the clear.
 */
@ConfigurationProperties("liveblog.embeds.oembed")
public record OEmbedSettings(@DefaultValue("false") boolean enabled, @DefaultValue("2s") Duration timeout,
		@DefaultValue("65536") int maxBytes, Map<String, URI> endpoints) {

	public OEmbedSettings {
		endpoints = (endpoints != null) ? Map.copyOf(endpoints) : Map.of();
		endpoints.forEach((key, endpoint) -> {
			try {
				SocialNetwork.ofKey(key);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("liveblog.embeds.oembed.endpoints." + key
						+ ": not a network the app knows (" + SocialNetwork.keys() + ")");
			}
			if (!allowed(endpoint)) {
				throw new IllegalArgumentException("liveblog.embeds.oembed.endpoints." + key
						+ ": an oEmbed endpoint must be an https:// address (or http:// on a loopback address)");
			}
		});
	}

	/** The endpoint asked for this network's posts: the configured one, else its public one, if any. */
	Optional<URI> endpoint(SocialNetwork network) {
		URI configured = this.endpoints.get(network.key());
		return (configured != null) ? Optional.of(configured) : network.oEmbedEndpoint().map(URI::create);
	}

	Map<SocialNetwork, URI> allEndpoints() {
		Map<SocialNetwork, URI> all = new EnumMap<>(SocialNetwork.class);
		for (SocialNetwork network : SocialNetwork.values()) {
			endpoint(network).ifPresent((endpoint) -> all.put(network, endpoint));
		}
		return all;
	}

	static boolean allowed(URI endpoint) {
		if (endpoint == null || endpoint.getHost() == null || endpoint.getRawUserInfo() != null
				|| endpoint.getRawFragment() != null) {
			return false;
		}
		String scheme = (endpoint.getScheme() != null) ? endpoint.getScheme().toLowerCase(Locale.ROOT) : "";
		return scheme.equals("https") || (scheme.equals("http") && loopback(endpoint.getHost()));
	}

	private static boolean loopback(String host) {
		if (!host.equals("localhost") && !host.matches("127(\\.\\d{1,3}){3}|\\[::1\\]")) {
			return false;
		}
		try {
			return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
