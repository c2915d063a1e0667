package news.liveblog.backoffice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import news.liveblog.blog.LiveBlog;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How the back office prints a time: by the blog's clock, in the back office's language (the page's, whatever the
 * blog's: an English desk page of a French blog read "jeudi 17 octobre 2024" beside its English words), and with the
 * zone's abbreviation where editors who may sit elsewhere compare it ("CEST", in English whatever the
 * language: some of Java's French abbreviations are wrong, EST for New York in summer).
 */
final class BackOfficeTimes {

	private BackOfficeTimes() {
	}

	/** "Thursday, October 17, 2024 10:04 AM", in the page's language. */
	static String dateAndTime(LiveBlog blog, Instant time) {
		return date(blog, time) + " " + time(blog, time);
	}

	/** "Thursday, October 17, 2024", in the page's language. */
	static String date(LiveBlog blog, Instant time) {
		return blog.printDate(time, LocaleContextHolder.getLocale());
	}

	/** "10:04 AM", in the page's language. */
	static String time(LiveBlog blog, Instant time) {
		return blog.printTime(time, LocaleContextHolder.getLocale());
	}

	/** "10:04 AM CEST", in the page's language. */
	static String timeAndZone(LiveBlog blog, Instant time) {
		return time(blog, time) + " " + blog.printZone(time);
	}

	/** "Thursday, October 17, 2024 10:04 AM CEST", in the page's language. */
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
