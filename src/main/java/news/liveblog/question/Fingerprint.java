package news.liveblog.question;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two questions the same one for the queue: the text lower-cased, its accents, punctuation and
 * symbols dropped and its spaces folded, so that "Quand ?" and "quand" fold together.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String bare = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		String words = bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		// A text of punctuation alone still needs some fingerprint: itself.
		return words.isEmpty() ? text.strip() : words;
	}

}
