package news.liveblog.system;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the back office's logs (the audit trail, a webhook's deliveries) print an instant: to the second, with the
 * zone's abbreviation on every line (CET and CEST differ by an hour; an admin may be anywhere), in English, as
 * newsrooms write them: some of Java's French names are wrong (EST for New York in summer).
 */
public final class LogTime {

	private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
			Locale.ENGLISH);

	private LogTime() {
	}

	/** "2026-03-02 09:14:03 CET", by that zone's clock. */
	public static DateTimeFormatter in(ZoneId zone) {
		return PATTERN.withZone(zone);
	}

}
