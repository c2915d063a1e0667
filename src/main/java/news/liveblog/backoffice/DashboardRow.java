package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

/**
 * A blog as the dashboard lists it. The last update is said as how long ago it was, which compares
 * truthfully across blogs in different zones, and as the time by the blog's own clock with the zone named
 * (an editor talks about "the 10:04 entry" in the event's time).
 *
 * @param lastUpdateAgo how long ago, for the page to say in its language
 * @param lastUpdate the time by the blog's clock with its zone's abbreviation
 * @param waitingForReview how many submissions wait in the blog's review queue
 */
record DashboardRow(String slug, String title, LiveBlogStatus statusValue, long publishedEntries,
		Instant lastUpdateInstant, Ago lastUpdateAgo, String lastUpdate, String lastUpdateIso, long waitingForReview) {

	static DashboardRow of(LiveBlog blog, long publishedEntries, Instant lastUpdate, Instant now, Locale locale,
			long waitingForReview) {
		return new DashboardRow(blog.getSlug(), blog.getTitle(), blog.getStatus(), publishedEntries, lastUpdate,
				Ago.between(lastUpdate, now), BackOfficeTimes.shortDateTimeAndZone(blog, lastUpdate, locale),
				blog.printIso(lastUpdate), waitingForReview);
	}

	public String status() {
		return this.statusValue.name();
	}

	/** For the status badge, which the public pages show too. */
	public boolean live() {
		return this.statusValue == LiveBlogStatus.LIVE;
	}

	/**
	 * "just now", "12 min ago", "3 h ago", "2 days ago": the same for every blog, whatever its zone. A message
	 * code and its amount, which the page says in its own language.
	 */
	record Ago(String messageCode, long amount) {

		static Ago between(Instant time, Instant now) {
			Duration since = Duration.between(time, now);
			if (since.toMinutes() < 1) {
				return new Ago("dashboard.ago.now", 0);
			}
			if (since.toHours() < 1) {
				return new Ago("dashboard.ago.minutes", since.toMinutes());
			}
			if (since.toDays() < 1) {
				return new Ago("dashboard.ago.hours", since.toHours());
			}
			return new Ago("dashboard.ago.days", since.toDays());
		}

	}

}
