package news.liveblog.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;

/**
 * Prints blogs and entries for readers: every time in the blog's own zone and language, whoever reads.
 */
final class PageFormat {

	private PageFormat() {
	}

	static String feedUrl(LiveBlog blog) {
		return "/live/" + blog.getSlug();
	}

	static LiveBlogView blog(LiveBlog blog) {
		Instant start = blog.getCoverageStart();
		return new LiveBlogView(blog.getSlug(), blog.getTitle(), blog.getSummary(),
				blog.getLanguage().toLanguageTag(), blog.getStatus().name(), blog.isLive(), feedUrl(blog),
				(start != null) ? dateFormat(blog).format(start) : "");
	}

	static EntryView entry(LiveBlog blog, Entry entry) {
		Instant published = entry.getPublishedAt();
		return new EntryView(entry.getId(), entry.getHeadline(), entry.getBodyHtml(), entry.getAuthorName(),
				OffsetDateTime.ofInstant(published, blog.getTimeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
				timeFormat(blog).format(published), dateFormat(blog).format(published),
				feedUrl(blog) + "/entries/" + entry.getId());
	}

	private static DateTimeFormatter dateFormat(LiveBlog blog) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
			.withLocale(blog.getLanguage())
			.withZone(blog.getTimeZone());
	}

	private static DateTimeFormatter timeFormat(LiveBlog blog) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(blog.getLanguage())
			.withZone(blog.getTimeZone());
	}

}
