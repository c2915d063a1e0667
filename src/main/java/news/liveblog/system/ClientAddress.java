package news.liveblog.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request comes from, as limits per client count it: {@link HttpServletRequest#getRemoteAddr()},
 * which names the proxy's client only when {@code server.forward-headers-strategy} says the proxy's
 * headers are to be trusted (README), so a stranger cannot pick their own address by sending
 * {@code X-Forwarded-For}. An IPv6 client counts by its /64: one machine is usually given a whole /64
 * and could otherwise take a fresh address for every request.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return of(request.getRemoteAddr());
	}

	public static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		if (remoteAddress.indexOf(':') < 0) {
			return remoteAddress;
		}
		String literal = remoteAddress.startsWith("[") ? remoteAddress.substring(1, remoteAddress.length() - 1)
				: remoteAddress;
		if (!literal.matches("[0-9A-Fa-f:.]+")) {
			// Not an address literal (a zone id, a Unix socket's name): counted as it is.
			return remoteAddress;
		}
		try {
			// A literal: parsed, never looked up.
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

}
