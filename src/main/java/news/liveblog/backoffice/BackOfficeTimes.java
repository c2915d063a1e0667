package news.liveblog.backoffice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import news.liveblog.blog.LiveBlog;

/**
 * How the back office prints a time that is more than a time of day: by the blog's clock, and with the
 * zone's abbreviation where editors who may sit elsewhere compare it ("CEST", in English whatever the
 * language: some of Java's French abbreviations are wrong, EST for New York in summer).
 */
final class BackOfficeTimes {

	private BackOfficeTimes() {
	}

	/** "jeudi 17 octobre 2024 10:04", in the blog's language. */
	static String dateAndTime(LiveBlog blog, Instant time) {
		return blog.printDate(time) + " " + blog.printTime(time);
	}

	/** "jeudi 17 octobre 2024 10:04 CEST", in the blog's language. */
	static String dateTimeAndZone(LiveBlog blog, Instant time) {
		return dateAndTime(blog, time) + " " + blog.printZone(time);
	}

	/** "Oct 17, 2024, 10:04 AM CEST", in the page's language: for lists of blogs of several languages. */
	static String shortDateTimeAndZone(LiveBlog blog, Instant time, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(blog.getTimeZone())
			.format(time) + " " + blog.printZone(time);
	}

}
