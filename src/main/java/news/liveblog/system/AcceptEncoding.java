package news.liveblog.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an {@code Accept-Encoding} value accepts (RFC 9110, 12.5.3): a coding named, or covered by {@code *},
 * unless its weight is {@code q=0}, which says "not acceptable". The static assets ({@link AssetEncodings}) and the
 * feed's pages (feed.fastpath) read it the same way.
 */
public final class AcceptEncoding {

	private AcceptEncoding() {
	}

	/** Whether the value accepts {@code coding} (lower case). */
	public static boolean accepts(String acceptEncoding, String coding) {
		return !accepted(acceptEncoding, List.of(coding)).isEmpty();
	}

	/** The codings of {@code codings} (lower case) that the value accepts, in that order; none for a missing value. */
	static List<String> accepted(String acceptEncoding, List<String> codings) {
		if (acceptEncoding == null) {
			return List.of();
		}
		List<String> named = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		boolean any = false;
		for (String token : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = token.split(";");
			String coding = parts[0].strip();
			boolean zero = false;
			for (int i = 1; i < parts.length; i++) {
				String parameter = parts[i].strip();
				if (parameter.startsWith("q=")) {
					zero = parameter.substring(2).strip().matches("0(\\.0{0,3})?");
				}
			}
			if (zero) {
				refused.add(coding);
			}
			else if (coding.equals("*")) {
				any = true;
			}
			else {
				named.add(coding);
			}
		}
		List<String> accepted = new ArrayList<>();
		for (String coding : codings) {
			if (!refused.contains(coding) && (named.contains(coding) || any)) {
				accepted.add(coding);
			}
		}
		return accepted;
	}

}
