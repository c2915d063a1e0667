package news.liveblog.feed;

import java.time.Instant;

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
				(start != null) ? blog.printDate(start) : "");
	}

	static EntryView entry(LiveBlog blog, Entry entry) {
		Instant published = entry.getPublishedAt();
		Instant edited = entry.getEditedAt();
		return new EntryView(entry.getId(), entry.getHeadline(), entry.getBodyHtml(), entry.getAuthorName(),
				blog.printIso(published), blog.printTime(published), blog.printDate(published),
				feedUrl(blog) + "/entries/" + entry.getId(), entry.isKeyEvent(), entry.isPinned(),
				(edited != null) ? blog.printIso(edited) : null, (edited != null) ? blog.printTime(edited) : null);
	}

}
