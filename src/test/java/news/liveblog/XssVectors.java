package news.liveblog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-site scripting corpus in {@code src/test/resources/xss/vectors.txt}: one vector a line, with
 * {@code {U+XXXX}} standing for characters a text file should not hold. Its header names the public lists
 * the vectors come from.
 */
public final class XssVectors {

	private static final Pattern CODE_POINT = Pattern.compile("\\{U\\+([0-9A-F]{4})}");

	private static final List<String> ALL = load();

	private XssVectors() {
	}

	public static List<String> all() {
		return ALL;
	}

	/** The vector cut to a field's maximum length, never through a surrogate pair. */
	public static String fitting(String vector, int maxLength) {
		if (vector.length() <= maxLength) {
			return vector;
		}
		int end = Character.isHighSurrogate(vector.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
		return vector.substring(0, end);
	}

	/**
	 * The corpus in groups whose vectors, joined by a space, fit {@code maxLength} characters (a longer vector
	 * cut to it, alone in its group): so that a few dozen texts carry all of it, for fields shorter than the
	 * corpus is long and for pages that are costly to check one vector at a time.
	 */
	public static List<List<String>> groups(int maxLength) {
		List<List<String>> groups = new ArrayList<>();
		List<String> group = new ArrayList<>();
		int length = 0;
		for (String vector : ALL) {
			String piece = fitting(vector, maxLength);
			if (!group.isEmpty() && length + 1 + piece.length() > maxLength) {
				groups.add(List.copyOf(group));
				group.clear();
				length = 0;
			}
			length += (group.isEmpty() ? 0 : 1) + piece.length();
			group.add(piece);
		}
		if (!group.isEmpty()) {
			groups.add(List.copyOf(group));
		}
		return groups;
	}

	/** The {@link #groups(int) groups}, each joined by a space into one text of at most {@code maxLength}. */
	public static List<String> packed(int maxLength) {
		return groups(maxLength).stream().map((group) -> String.join(" ", group)).toList();
	}

	private static List<String> load() {
		try (InputStream in = XssVectors.class.getResourceAsStream("/xss/vectors.txt")) {
			String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<String> vectors = new ArrayList<>();
			for (String line : file.split("\n", -1)) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				Matcher escape = CODE_POINT.matcher(line);
				vectors.add(escape.replaceAll((match) -> Matcher
					.quoteReplacement(Character.toString(Integer.parseInt(match.group(1), 16)))));
			}
			return List.copyOf(vectors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
