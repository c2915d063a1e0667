package news.liveblog.feed;

import java.util.regex.Pattern;

/**
 * Entry ids as readers' addresses carry them: plain ASCII decimal, without sign, leading zero or
 * space, so that each entry has one address. Spring's own conversion would also read {@code 0xE},
 * {@code +14}, {@code " 14"}, {@code 014} and Arabic-Indic or fullwidth digits as 14: as many addresses
 * for one page, each cached and counted apart.
 */
final class EntryIds {

	/** Up to 18 digits: always within a {@code long}. */
	private static final Pattern DECIMAL = Pattern.compile("[1-9][0-9]{0,17}");

	private EntryIds() {
	}

	/** The id written in {@code text}, or {@code null} when it is not one written the one way. */
	static Long parse(String text) {
		return (text != null && DECIMAL.matcher(text).matches()) ? Long.valueOf(text) : null;
	}

}
