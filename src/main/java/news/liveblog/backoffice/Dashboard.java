package news.liveblog.backoffice;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.EntryStatistics;
import news.liveblog.live.ReadersNow;

import org.springframework.stereotype.Component;

/**
 * Every blog as the dashboard lists it: live ones first, then drafts, then ended ones, each group by its
 * last update, newest first. The last update is the blog's own change or its latest entry's, whichever came
 * later. Its readers now and today's peak are every instance's together.
 */
@Component
class Dashboard {

	/** Live blogs are being written now, drafts are being prepared, ended ones are done. */
	private static final List<LiveBlogStatus> STATUS_ORDER = List.of(LiveBlogStatus.LIVE, LiveBlogStatus.DRAFT,
			LiveBlogStatus.ENDED);

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final ReadersNow readersNow;

	Dashboard(LiveBlogs liveBlogs, Entries entries, ReadersNow readersNow) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.readersNow = readersNow;
	}

	/**
	 * The rows as of now: how long ago each last update was is counted from it. A contributor's last update
	 * is of what they may know of: readers' entries (and the blog itself), not a colleague's draft.
	 */
	List<DashboardRow> rows(Instant now, Locale locale, SignedInEditor looking) {
		List<LiveBlog> blogs = this.liveBlogs.all();
		List<Long> ids = blogs.stream().map(LiveBlog::getId).toList();
		Map<Long, EntryStatistics> statistics = this.entries.statistics(ids);
		Map<Long, Long> waiting = this.entries.waitingForReview(ids);
		Map<Long, ReadersNow.Figures> readers = this.readersNow.of(blogs);
		return blogs.stream().map((blog) -> {
			EntryStatistics figures = statistics.getOrDefault(blog.getId(), EntryStatistics.none(blog.getId()));
			Instant lastChange = figures.lastChangeFor(looking.isContributor());
			Instant lastUpdate = (lastChange != null && lastChange.isAfter(blog.getUpdatedAt())) ? lastChange
					: blog.getUpdatedAt();
			return DashboardRow.of(blog, figures.published(), readers.getOrDefault(blog.getId(), ReadersNow.Figures.NONE),
					waiting.getOrDefault(blog.getId(), 0L), lastUpdate, now, locale);
		})
			.sorted(Comparator.comparing((DashboardRow row) -> STATUS_ORDER.indexOf(row.statusValue()))
				.thenComparing(DashboardRow::lastUpdateInstant, Comparator.reverseOrder()))
			.toList();
	}

}
