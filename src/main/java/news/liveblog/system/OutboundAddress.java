package news.liveblog.system;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the application may send a request to an address someone else gave it (a webhook endpoint an
 * admin registers, a push service a reader's browser names): only to the public internet, over HTTPS,
 * unless the operator allows private networks (tests, and an intranet receiver). Otherwise anyone who can
 * register an address could make the server reach what only it can reach: the database, the actuator on
 * the management port, a cloud's metadata service at 169.254.169.254 (server-side request forgery).
 * <p>
 * Checked when the address is given, and again by {@link OutboundHttp} for each request, with what the name
 * resolves to then (the address it connects to), so that a name pointed at a private address after it was
 * registered is refused too.
 */
public final class OutboundAddress {

	/** Why an address is refused; each caller says it in its own words. */
	public enum Refusal {

		/** Not an absolute {@code https://} address ({@code http://} too where private networks are allowed). */
		NOT_HTTPS,

		/** The name does not resolve. */
		UNKNOWN_HOST,

		/** It is, or resolves to, a loopback, private, link-local, multicast or unspecified address. */
		PRIVATE_NETWORK

	}

	private OutboundAddress() {
	}

	/**
	 * Why the address may not be sent to, if it may not; resolves its host name (a blocking lookup). Where the
	 * request is then sent, {@link OutboundHttp} checks again what the name resolves to when it connects.
	 */
	public static Optional<Refusal> refusal(URI address, boolean privateNetworksAllowed) {
		Optional<Refusal> refused = formRefusal(address, privateNetworksAllowed);
		if (refused.isPresent() || privateNetworksAllowed) {
			return refused;
		}
		try {
			for (InetAddress resolved : InetAddress.getAllByName(address.getHost())) {
				if (isPrivate(resolved)) {
					return Optional.of(Refusal.PRIVATE_NETWORK);
				}
			}
			return Optional.empty();
		}
		catch (UnknownHostException ex) {
			return Optional.of(Refusal.UNKNOWN_HOST);
		}
	}

	/** Why the address may not be sent to whatever its name resolves to: its scheme, no host, a user's name. */
	static Optional<Refusal> formRefusal(URI address, boolean privateNetworksAllowed) {
		String scheme = (address.getScheme() != null) ? address.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean schemeAllowed = scheme.equals("https") || (privateNetworksAllowed && scheme.equals("http"));
		if (!address.isAbsolute() || !schemeAllowed || address.getHost() == null || address.getRawUserInfo() != null) {
			return Optional.of(Refusal.NOT_HTTPS);
		}
		return Optional.empty();
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// Unique local addresses (fc00::/7), IPv6's private networks, which the JDK does not call site-local.
			return (bytes[0] & 0xfe) == 0xfc;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		// 0.0.0.0/8 ("this network") and the carriers' shared address space 100.64.0.0/10.
		return first == 0 || (first == 100 && (second & 0xc0) == 64);
	}

}
