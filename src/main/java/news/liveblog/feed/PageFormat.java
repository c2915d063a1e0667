package news.liveblog.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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
				(edited != null) ? blog.printIso(edited) : null, (edited != null) ? blog.printTime(edited) : null,
				entry.getImage(), entry.getLinkCard());
	}

	/**
	 * A blog's key events as its "Key events" list prints them.
	 * @param onPage the ids of the entries printed on the same page, which the list links to in place
	 */
	static List<KeyEventView> keyEvents(LiveBlog blog, List<Entry> keyEvents, Set<Long> onPage) {
		return keyEvents.stream()
			.map((entry) -> new KeyEventView(entry.getId(), AtomFeed.title(entry), blog.printIso(entry.getPublishedAt()),
					blog.printTime(entry.getPublishedAt()), feedUrl(blog) + "/entries/" + entry.getId(),
					onPage.contains(entry.getId())))
			.toList();
	}

	/** A link to an entry beside the one a page shows; {@code null} when there is none. */
	static NeighbourView neighbour(LiveBlog blog, Entry entry) {
		if (entry == null) {
			return null;
		}
		return new NeighbourView(AtomFeed.title(entry), blog.printIso(entry.getPublishedAt()),
				blog.printTime(entry.getPublishedAt()), feedUrl(blog) + "/entries/" + entry.getId());
	}

}
