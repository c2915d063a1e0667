package news.liveblog.system;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
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

		/** It is, or resolves to, anything but a global unicast address: loopback, private, link-local... */
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

	/**
	 * Whether the address is anything but the public internet. Rather than listing what is private (and missing
	 * a form), only global unicast is let through: IPv4 outside the IANA special-purpose ranges, IPv6 in
	 * {@code 2000::/3} outside them. The forms that carry an IPv4 address (NAT64 {@code 64:ff9b::/96}, 6to4
	 * {@code 2002::/16}) are judged by that address; IPv4-compatible, IPv4-mapped and local NAT64 addresses fall
	 * outside {@code 2000::/3}, Teredo inside {@code 2001::/23}: refused.
	 */
	static boolean isPrivate(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			return NOT_GLOBAL_IPV4.stream().anyMatch((block) -> block.contains(bytes));
		}
		if (NAT64.contains(bytes)) {
			return isPrivate(ipv4(bytes, 12));
		}
		if (SIX_TO_FOUR.contains(bytes)) {
			return isPrivate(ipv4(bytes, 2));
		}
		return !GLOBAL_UNICAST_IPV6.contains(bytes) || NOT_GLOBAL_IPV6.stream().anyMatch((block) -> block.contains(bytes));
	}

	/** IANA's IPv4 special-purpose registry, less the few anycast services in it that are global. */
	private static final List<Block> NOT_GLOBAL_IPV4 = Block.all("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
			"127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
			"192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

	private static final Block GLOBAL_UNICAST_IPV6 = Block.of("2000::/3");

	/** IETF protocol assignments (Teredo, benchmarking, ORCHID...) and the documentation ranges. */
	private static final List<Block> NOT_GLOBAL_IPV6 = Block.all("2001::/23", "2001:db8::/32", "3fff::/20");

	private static final Block NAT64 = Block.of("64:ff9b::/96");

	private static final Block SIX_TO_FOUR = Block.of("2002::/16");

	private static InetAddress ipv4(byte[] bytes, int from) {
		try {
			return InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Four bytes are an IPv4 address", ex);
		}
	}

	/** A range of addresses: a prefix and how many of its leading bits every address in it shares. */
	private record Block(byte[] prefix, int bits) {

		static Block of(String cidr) {
			String[] parts = cidr.split("/");
			try {
				// A literal address: no lookup.
				return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(cidr, ex);
			}
		}

		static List<Block> all(String... cidrs) {
			return Arrays.stream(cidrs).map(Block::of).toList();
		}

		boolean contains(byte[] address) {
			if (address.length != this.prefix.length) {
				return false;
			}
			for (int bit = 0; bit < this.bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (this.prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
