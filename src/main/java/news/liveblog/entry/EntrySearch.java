package news.liveblog.entry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an editor typed in the entry list's search box, as a PostgreSQL text-search query: every word must
 * be in the headline or the text, the last one as a prefix (the editor may still be typing it), with or
 * without its accents. Only
 * letters and digits make words, so nothing typed is ever query syntax: quotes, colons, "&", "!" and the
 * like only separate words.
 */
final class EntrySearch {

	/** Enough words for any search an editor means; a paste of a whole paragraph is cut to these. */
	static final int MAX_WORDS = 8;

	/** No word of a headline or a text is longer; a longer "word" only costs the index a useless look-up. */
	static final int MAX_WORD_LENGTH = 60;

	/** The text-search configuration (V17): PostgreSQL's 'simple' one, accents taken off first. */
	static final String CONFIGURATION = "liveblog_search";

	/** The text-search expression entry_search (V17) indexes; the query must repeat it exactly. */
	static final String DOCUMENT = "to_tsvector('" + CONFIGURATION + "', coalesce(headline, '') || ' ' || body_source)";

	/** The match of {@link #DOCUMENT} with the query {@link #query} makes, given as the statement's parameter. */
	static final String MATCHES = DOCUMENT + " @@ to_tsquery('" + CONFIGURATION + "', ?)";

	private EntrySearch() {
	}

	/** The tsquery for what was typed, or {@code null} when it holds no word (the list is then unfiltered). */
	static String query(String typed) {
		if (typed == null) {
			return null;
		}
		String[] words = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty() && word.length() <= MAX_WORD_LENGTH)
			.limit(MAX_WORDS)
			.toArray(String[]::new);
		if (words.length == 0) {
			return null;
		}
		words[words.length - 1] = words[words.length - 1] + ":*";
		return Arrays.stream(words).collect(Collectors.joining(" & "));
	}

}
