package news.liveblog.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.EntryStatistics;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every blog with its status, published entries and last update. The last update is said as how long ago
 * it was, which compares truthfully across blogs in different zones, and as the time by the blog's own clock
 * with the zone named (an editor talks about "the 10:04 entry" in the event's time).
 */
@Controller
class DashboardController {

	/** Live blogs are being written now, drafts are being prepared, ended ones are done. */
	private static final List<LiveBlogStatus> STATUS_ORDER = List.of(LiveBlogStatus.LIVE, LiveBlogStatus.DRAFT,
			LiveBlogStatus.ENDED);

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final MessageSource messages;

	private final Clock clock;

	DashboardController(LiveBlogs liveBlogs, Entries entries, MessageSource messages, Clock clock) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model, Locale locale) {
		List<LiveBlog> blogs = this.liveBlogs.all();
		Map<Long, EntryStatistics> statistics = this.entries
			.statistics(blogs.stream().map(LiveBlog::getId).toList());
		Instant now = this.clock.instant();
		model.addAttribute("blogs", blogs.stream().map((blog) -> {
			EntryStatistics figures = statistics.getOrDefault(blog.getId(), EntryStatistics.none(blog.getId()));
			Instant lastUpdate = (figures.lastChange() != null && figures.lastChange().isAfter(blog.getUpdatedAt()))
					? figures.lastChange() : blog.getUpdatedAt();
			return new DashboardRow(blog.getSlug(), blog.getTitle(), blog.getStatus(), figures.published(),
					lastUpdate, ago(lastUpdate, now, locale), absolute(lastUpdate, blog, locale),
					blog.printIso(lastUpdate));
		})
			.sorted(Comparator.comparing((DashboardRow row) -> STATUS_ORDER.indexOf(row.statusValue()))
				.thenComparing(DashboardRow::lastUpdateInstant, Comparator.reverseOrder()))
			.toList());
		return "admin/dashboard";
	}

	/** "just now", "12 min ago", "3 h ago", "2 days ago": the same for every blog, whatever its zone. */
	private String ago(Instant time, Instant now, Locale locale) {
		Duration since = Duration.between(time, now);
		if (since.toMinutes() < 1) {
			return this.messages.getMessage("dashboard.ago.now", null, locale);
		}
		if (since.toHours() < 1) {
			return this.messages.getMessage("dashboard.ago.minutes", new Object[] { since.toMinutes() }, locale);
		}
		if (since.toDays() < 1) {
			return this.messages.getMessage("dashboard.ago.hours", new Object[] { since.toHours() }, locale);
		}
		return this.messages.getMessage("dashboard.ago.days", new Object[] { since.toDays() }, locale);
	}

	/**
	 * The time by the blog's clock with its zone's abbreviation ("Oct 17, 2024, 10:04 AM CEST"), in English
	 * whatever the page's language: some French abbreviations are wrong (EST for New York in summer).
	 */
	private static String absolute(Instant time, LiveBlog blog, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(blog.getTimeZone())
			.format(time) + " " + blog.printZone(time);
	}

	/** A blog as the dashboard lists it. */
	record DashboardRow(String slug, String title, LiveBlogStatus statusValue, long publishedEntries,
			Instant lastUpdateInstant, String lastUpdateAgo, String lastUpdate, String lastUpdateIso) {

		public String status() {
			return this.statusValue.name();
		}

	}

}
