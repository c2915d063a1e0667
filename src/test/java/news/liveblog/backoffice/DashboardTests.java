package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's last updates compare truthfully across blogs in different zones: said as how long ago,
 * then as the blog's own time with its zone named; the most recently updated first.
 */
@ApplicationTest
class DashboardTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void aNewYorkBlogUpdatedLaterThanAParisOneShowsAsNewerWithEachZoneNamed() {
		LiveBlog paris = openAgo(Duration.ofHours(2).plusMinutes(5), ZoneId.of("Europe/Paris"));
		LiveBlog newYork = openAgo(Duration.ofMinutes(10), ZoneId.of("America/New_York"));

		Document dashboard = dashboard("en");

		Element parisRow = row(dashboard, paris);
		Element newYorkRow = row(dashboard, newYork);
		assertThat(newYorkRow.selectFirst(".last-update-ago").text()).isEqualTo("10 min ago");
		assertThat(parisRow.selectFirst(".last-update-ago").text()).isEqualTo("2 h ago");
		assertThat(newYorkRow.selectFirst(".last-update-time").text()).contains(clockTime(newYork))
			.endsWith(" " + abbreviation(newYork));
		assertThat(parisRow.selectFirst(".last-update-time").text()).contains(clockTime(paris))
			.endsWith(" " + abbreviation(paris));
		assertThat(OffsetDateTime.parse(newYorkRow.selectFirst("time").attr("datetime")).getOffset())
			.isEqualTo(newYork.getTimeZone().getRules().getOffset(newYork.getUpdatedAt()));
		List<Element> rows = dashboard.select("tbody tr");
		assertThat(rows.indexOf(newYorkRow)).as("the newer update first").isLessThan(rows.indexOf(parisRow));
	}

	@Test
	void howLongAgoIsSaidInTheBackOfficesLanguage() {
		LiveBlog blog = openAgo(Duration.ofDays(3).plusHours(1), ZoneId.of("Europe/Brussels"));

		assertThat(row(dashboard("fr"), blog).selectFirst(".last-update-ago").text()).isEqualTo("il y a 3 jours");
		assertThat(row(dashboard("en"), blog).selectFirst(".last-update-ago").text()).isEqualTo("3 days ago");
	}

	@Test
	void liveBlogsComeFirstThenDraftsThenEndedOnes() {
		LiveBlog ended = this.newsroom.openBlog(LiveBlogStatus.ENDED);
		LiveBlog draft = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		LiveBlog live = openAgo(Duration.ofDays(30), ZoneId.of("Europe/London"));

		Document page = dashboard("en");

		List<Element> rows = page.select("tbody tr");
		assertThat(rows.indexOf(row(page, live))).isLessThan(rows.indexOf(row(page, draft)));
		assertThat(rows.indexOf(row(page, draft))).isLessThan(rows.indexOf(row(page, ended)));
		this.newsroom.withdraw(ended);
	}

	@Test
	void aContributorsLastUpdateIsOfWhatReadersHaveNotOfAColleaguesDraftSavedAMinuteAgo() {
		LiveBlog blog = openAgo(Duration.ofHours(3), ZoneId.of("Europe/Paris"));
		this.newsroom.clock().advance(Duration.ofHours(2).negated());
		try {
			this.newsroom.publish(blog, "Out two hours ago.", this.newsroom.clock().instant());
		}
		finally {
			this.newsroom.clock().reset();
		}
		this.newsroom.write(blog, EntryText.of("Not checked yet."), Publication.draft(),
				this.newsroom.actor(DemoAccounts.EDITOR));

		Document asReporter = this.backOffice.page("/admin", this.backOffice.as(DemoAccounts.REPORTER), "en");

		assertThat(row(asReporter, blog).selectFirst(".last-update-ago").text()).isEqualTo("2 h ago");
		assertThat(row(dashboard("en"), blog).selectFirst(".last-update-ago").text()).as("an editor's: every entry")
			.isEqualTo("just now");
	}

	/** A live blog last changed that long ago. */
	private LiveBlog openAgo(Duration ago, ZoneId zone) {
		this.newsroom.clock().advance(ago.negated());
		try {
			return this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, zone);
		}
		finally {
			this.newsroom.clock().reset();
		}
	}

	private Document dashboard(String language) {
		return this.backOffice.page("/admin", this.backOffice.asEditor(), language);
	}

	private static Element row(Document dashboard, LiveBlog blog) {
		Element link = dashboard.selectFirst("tbody a[href=/admin/live/" + blog.getSlug() + "]");
		assertThat(link).as(blog.getSlug()).isNotNull();
		return link.closest("tr");
	}

	/** The blog's wall-clock time of its last update, as the English page prints a time of day. */
	private static String clockTime(LiveBlog blog) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(Locale.ENGLISH)
			.withZone(blog.getTimeZone())
			.format(blog.getUpdatedAt());
	}

	private static String abbreviation(LiveBlog blog) {
		Instant at = blog.getUpdatedAt();
		boolean summer = blog.getTimeZone().getRules().isDaylightSavings(at);
		return switch (blog.getTimeZone().getId()) {
			case "Europe/Paris" -> summer ? "CEST" : "CET";
			case "America/New_York" -> summer ? "EDT" : "EST";
			default -> throw new IllegalArgumentException(blog.getTimeZone().getId());
		};
	}

}
