package news.liveblog.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryRevision;
import news.liveblog.system.PageLanguage;

/**
 * Prints blogs and entries for readers: every time in the blog's own zone and language, whoever reads.
 */
final class PageFormat {

	private PageFormat() {
	}

	static LiveBlogView blog(LiveBlog blog) {
		Instant start = blog.getCoverageStart();
		return new LiveBlogView(blog.getSlug(), blog.getTitle(), blog.getSummary(),
				blog.getLanguage().toLanguageTag(), blog.getStatus().name(), blog.isLive(),
				PublicAddresses.feedPath(blog.getSlug()), (start != null) ? blog.printDate(start) : "",
				blog.getTimeZone().getId());
	}

	/**
	 * A time of day as readers of this blog read it, with the zone's name where readers may be elsewhere:
	 * unless the clock reads the same in the zone most readers of the blog's language are in ("09:02" on a
	 * French blog in Brussels, where Paris reads the same), the zone follows: "3:35 AM EDT" in English,
	 * "03:35 UTC-4" in French (French has no common abbreviations for other zones, and the JDK's French ones
	 * are wrong: "EST" in summer). {@code <time datetime>} carries the offset in any case.
	 */
	static String time(LiveBlog blog, Instant instant) {
		String time = blog.printTime(instant);
		Locale language = blog.getLanguage();
		ZoneId zone = blog.getTimeZone();
		boolean readsTheSame = PageLanguage.usualZone(language)
			.map((usual) -> usual.getRules().getOffset(instant).equals(zone.getRules().getOffset(instant)))
			.orElse(false);
		if (readsTheSame) {
			return time;
		}
		String pattern = language.getLanguage().equals("en") ? "z" : "O";
		return time + " " + DateTimeFormatter.ofPattern(pattern, language).withZone(zone).format(instant);
	}

	/**
	 * An entry as pages print it.
	 * @param noted the latest of its corrections that came with a public note, or {@code null}
	 */
	static EntryView entry(PublicAddresses addresses, LiveBlog blog, Entry entry, EntryRevision noted) {
		Instant published = entry.getPublishedAt();
		Instant edited = entry.getEditedAt();
		String note = (noted != null) ? noted.getPublicNote().strip().lines().findFirst().orElse(null) : null;
		Instant corrected = (note != null) ? noted.getReplacedAt() : null;
		return new EntryView(entry.getId(), entry.getHeadline(), entry.getBodyHtml(), entry.label(), entry.getByline(),
				blog.printIso(published), time(blog, published), blog.printDate(published),
				PublicAddresses.entryPath(blog.getSlug(), entry.getId()), addresses.entry(blog.getSlug(), entry.getId()),
				entry.isKeyEvent(), entry.isPinned(),
				(edited != null) ? blog.printIso(edited) : null, (edited != null) ? time(blog, edited) : null,
				note, (corrected != null) ? blog.printIso(corrected) : null,
				(corrected != null) ? time(blog, corrected) : null, entry.getImage(), entry.getLinkCard(),
				entry.getPhotos(), entry.getSocialPost(), entry.getQuestion(), otherDay(blog, published, edited),
				otherDay(blog, published, corrected));
	}

	/** The day of {@code later} as readers read it, when it is not the day of {@code first}; else {@code null}. */
	private static String otherDay(LiveBlog blog, Instant first, Instant later) {
		if (later == null) {
			return null;
		}
		ZoneId zone = blog.getTimeZone();
		return LocalDate.ofInstant(first, zone).equals(LocalDate.ofInstant(later, zone)) ? null : blog.printDate(later);
	}

	/** Entries as pages print them, each with its latest correction note (see {@link news.liveblog.entry.Entries#latestNotes}). */
	static List<EntryView> entries(PublicAddresses addresses, LiveBlog blog, List<Entry> entries,
			Map<Long, EntryRevision> notes) {
		return entries.stream().map((entry) -> entry(addresses, blog, entry, notes.get(entry.getId()))).toList();
	}

	/**
	 * A blog's key events as its "Key events" list prints them.
	 * @param onPage the ids of the entries printed on the same page, which the list links to in place
	 */
	static List<KeyEventView> keyEvents(LiveBlog blog, List<Entry> keyEvents, Set<Long> onPage) {
		// A list of one day's key events gives their times; one that spans days (a blog that runs past midnight,
		// or takes up a story again) gives each its day too, or "13:12" beside "10:05" would read as one day.
		ZoneId zone = blog.getTimeZone();
		boolean oneDay = keyEvents.stream().map((entry) -> LocalDate.ofInstant(entry.getPublishedAt(), zone)).distinct()
			.count() <= 1;
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(blog.getLanguage())
			.withZone(zone);
		return keyEvents.stream()
			.map((entry) -> new KeyEventView(entry.getId(), AtomFeed.title(entry), blog.printIso(entry.getPublishedAt()),
					oneDay ? time(blog, entry.getPublishedAt())
							: day.format(entry.getPublishedAt()) + ", " + time(blog, entry.getPublishedAt()),
					PublicAddresses.entryPath(blog.getSlug(), entry.getId()), onPage.contains(entry.getId())))
			.toList();
	}

	/** A link to an entry beside the one a page shows; {@code null} when there is none. */
	static NeighbourView neighbour(LiveBlog blog, Entry entry) {
		if (entry == null) {
			return null;
		}
		return new NeighbourView(AtomFeed.title(entry), blog.printIso(entry.getPublishedAt()),
				time(blog, entry.getPublishedAt()), PublicAddresses.entryPath(blog.getSlug(), entry.getId()));
	}

}
