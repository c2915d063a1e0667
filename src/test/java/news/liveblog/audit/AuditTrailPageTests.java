package news.liveblog.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as an admin reads it: blogs and entries by their names, linked; times with their zone
 * said; filtered by blog, account, kind of action and days, page by page; and a settings change says which
 * setting went from what to what.
 */
@ApplicationTest
class AuditTrailPageTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private LiveBlogs liveBlogs;

	@Test
	void blogsAndEntriesAreNamedAndLinkedRatherThanNumbered() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry withHeadline = write(blog, "Summit opens", "Leaders arrive.");
		Entry withoutHeadline = write(blog, null,
				"Leaders **arrive** in Brussels for a summit that is expected to run late into the night, aides say.");
		this.newsroom.entries().retract(blog.getId(), withHeadline.getId(), "Wrong summit", editorActor());

		Document trail = trail("blog=" + blog.getId());

		Element published = row(trail, withoutHeadline.getId(), "published an entry");
		Element blogLink = published.selectFirst(".audit-blog a");
		assertThat(blogLink.text()).isEqualTo("Test blog");
		assertThat(blogLink.attr("href")).isEqualTo("/admin/live/" + blog.getSlug());
		Element entryLink = published.selectFirst(".audit-entry a");
		assertThat(entryLink.text()).isEqualTo("Leaders arrive in Brussels for a summit that is expected to…");
		assertThat(entryLink.attr("href"))
			.isEqualTo("/admin/live/" + blog.getSlug() + "/entries/" + withoutHeadline.getId() + "/edit");
		Element retracted = row(trail, withHeadline.getId(), "retracted an entry");
		assertThat(retracted.selectFirst(".audit-entry a").text()).isEqualTo("Summit opens");
		assertThat(retracted.selectFirst(".audit-entry a").attr("href"))
			.as("a retracted entry has no form: its place in the composer")
			.isEqualTo("/admin/live/" + blog.getSlug() + "#admin-entry-" + withHeadline.getId());
		assertThat(retracted.selectFirst(".audit-details").text()).isEqualTo("Wrong summit");
		assertThat(trail.select("tbody td.audit-entry").eachText()).noneMatch((text) -> text.matches("\\d+"));
	}

	@Test
	void timesAreInAZoneTheTrailNames() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		write(blog, null, "A timed entry.");

		Document trail = trail("blog=" + blog.getId());

		assertThat(trail.selectFirst("thead th").text()).isEqualTo("When (UTC)");
		assertThat(trail.select("tbody .audit-time").eachText()).isNotEmpty()
			.allSatisfy((time) -> assertThat(time).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"));
		assertThat(trail.selectFirst("label[for=filter-from]").text()).isEqualTo("From (day, UTC)");
	}

	/** A scheduling's times read as the trail's own do, not as the ISO instants they are stored as. */
	@Test
	void aSchedulingsTimesReadAsTheTrailsTimesDo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Instant first = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
		Instant second = first.plus(Duration.ofMinutes(90));
		Entry entry = this.newsroom.write(blog, new EntryText(null, "Later.", false, null, null),
				Publication.scheduled(first), editorActor());
		this.newsroom.entries().reschedule(blog.getId(), entry.getId(), second, editorActor());
		this.newsroom.entries().unschedule(blog.getId(), entry.getId(), editorActor());

		Document trail = trail("blog=" + blog.getId());

		assertThat(row(trail, entry.getId(), "scheduled an entry").selectFirst(".audit-details").text())
			.isEqualTo("for " + utc(second) + ", was for " + utc(first));
		assertThat(row(trail, entry.getId(), "cancelled a scheduled entry").selectFirst(".audit-details").text())
			.isEqualTo("was for " + utc(second));
	}

	private static String utc(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(instant);
	}

	@Test
	void aSettingsChangeSaysWhichSettingWentFromWhatToWhat() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		Map<String, String> settings = BackOffice.blogSettingsForm(blog.getSlug(), "Election night", blog.getSummary(),
				"america/new_york", "DRAFT");
		settings.put("coverageStart", "2026-01-01T03:00");
		settings.put("version", Long.toString(blog.getVersion()));
		MvcTestResult saved = this.backOffice.post("/admin/blogs/" + blog.getSlug(), this.backOffice.asAdmin(), settings);
		assertThat(saved).hasStatus(HttpStatus.FOUND);

		Element change = trail("blog=" + blog.getId() + "&action=blog.UPDATED").selectFirst("tbody tr");
		assertThat(change.selectFirst(".audit-action").text()).isEqualTo("changed a blog’s settings");
		assertThat(change.select(".audit-changes li").eachText()).containsExactly(
				"Title: Test blog → becomes Election night",
				"Time zone: Europe/London → becomes America/New_York",
				"Status: Live → becomes Draft");
		assertThat(change.select(".audit-changes li").eachAttr("data-setting")).containsExactly("TITLE", "TIME_ZONE",
				"STATUS");
		// 03:00 in New York is 08:00 UTC, the coverage start it had: the same instant, so no change to report.
	}

	@Test
	void readersQuestionsOpenedOrClosedSayYesOrNoInTheTrailsLanguage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.liveBlogs.takeQuestions(blog.getId(), true, Newsroom.DESK);

		String query = "/admin/audit?blog=" + blog.getId() + "&action=blog.UPDATED";
		assertThat(this.backOffice.page(query, this.backOffice.asAdmin()).select(".audit-changes li").eachText())
			.containsExactly("Takes readers’ questions: No → becomes Yes");
		assertThat(this.backOffice.page(query, this.backOffice.asAdmin(), "fr").select(".audit-changes li").eachText())
			.containsExactly("Accepte les questions des lecteurs : Non → devient Oui");
	}

	@Test
	void eachFilterKeepsOnlyItsEvents() {
		Editor editor = this.newsroom.account(DemoAccounts.EDITOR);
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		LiveBlog other = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.clock().advance(Duration.ofDays(-3));
		Entry old = write(blog, "Three days ago", "An old entry.");
		this.newsroom.clock().reset();
		Entry byEditor = write(blog, "Today", "Today's entry.");
		this.newsroom.entries().retract(blog.getId(), byEditor.getId(), "Legal", editorActor());
		Entry elsewhere = write(other, "Elsewhere", "In the other blog.");

		assertThat(entryIds(trail("blog=" + blog.getId()))).contains(old.getId(), byEditor.getId())
			.doesNotContain(elsewhere.getId());
		assertThat(actions(trail("blog=" + blog.getId() + "&account=" + AuditFilter.APPLICATION)))
			.as("the test desk opened the blog; no account did").containsExactly("opened a blog");
		assertThat(actions(trail("blog=" + blog.getId() + "&account=" + editor.getId()))).containsExactly(
				"retracted an entry", "published an entry", "published an entry");
		assertThat(actions(trail("blog=" + blog.getId() + "&action=entry.RETRACTED")))
			.containsExactly("retracted an entry");
		assertThat(actions(trail("blog=" + blog.getId() + "&action=blog"))).containsExactly("opened a blog");
		LocalDate threeDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(3);
		assertThat(entryIds(trail("blog=" + blog.getId() + "&from=" + threeDaysAgo + "&to=" + threeDaysAgo)))
			.containsExactly(old.getId());
		assertThat(entryIds(trail("blog=" + blog.getId() + "&from=" + threeDaysAgo.plusDays(1))))
			.containsOnly(byEditor.getId());

		Document filtered = trail("blog=" + blog.getId() + "&account=" + editor.getId() + "&action=entry");
		assertThat(filtered.selectFirst("select#filter-blog option[selected]").val()).isEqualTo(blog.getId().toString());
		assertThat(filtered.selectFirst("select#filter-account option[selected]").val())
			.isEqualTo(editor.getId().toString());
		assertThat(filtered.selectFirst("select#filter-action option[selected]").val()).isEqualTo("entry");
		assertThat(trail("blog=" + blog.getId() + "&action=account").select("tbody tr")).isEmpty();
		assertThat(trail("blog=" + blog.getId() + "&action=account").selectFirst("main > p").text())
			.isEqualTo("No event matches these filters.");
	}

	@Test
	void aFilteredTrailPagesOnWithItsFilters() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		for (int i = 0; i < AuditTrail.PAGE_SIZE + 5; i++) {
			write(blog, null, "Entry " + i);
		}

		Document first = trail("blog=" + blog.getId() + "&action=entry.PUBLISHED");

		assertThat(first.select("tbody tr")).hasSize(AuditTrail.PAGE_SIZE);
		String older = first.selectFirst("a[rel=next]").attr("href");
		assertThat(older).startsWith("/admin/audit?blog=" + blog.getId() + "&action=entry.PUBLISHED&before=");
		Document second = trail(older.substring("/admin/audit?".length()));
		assertThat(second.select("tbody tr")).hasSize(5);
		assertThat(actions(second)).containsOnly("published an entry");
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.selectFirst(".pager a").attr("href"))
			.isEqualTo("/admin/audit?blog=" + blog.getId() + "&action=entry.PUBLISHED");
	}

	private Entry write(LiveBlog blog, String headline, String body) {
		return this.newsroom.write(blog, new EntryText(headline, body, false, null, null), Publication.now(),
				editorActor());
	}

	private Actor editorActor() {
		return this.newsroom.actor(DemoAccounts.EDITOR);
	}

	private Document trail(String query) {
		return this.backOffice.page("/admin/audit?" + query, this.backOffice.asAdmin());
	}

	private static Element row(Document trail, long entryId, String action) {
		return trail.select("tbody tr")
			.stream()
			.filter((row) -> row.selectFirst(".audit-action").text().equals(action))
			.filter((row) -> row.selectFirst(".audit-entry a") != null
					&& row.selectFirst(".audit-entry a").attr("href").matches(".*\\D" + entryId + "(/edit)?$"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + action + " of entry " + entryId));
	}

	private static List<Long> entryIds(Document trail) {
		Elements links = trail.select("tbody .audit-entry a");
		return links.stream().map((link) -> Long.parseLong(link.attr("href").replaceAll(".*\\D(\\d+)(/edit)?$", "$1")))
			.distinct()
			.toList();
	}

	private static List<String> actions(Document trail) {
		return trail.select("tbody .audit-action").eachText();
	}

}
