package news.liveblog.backoffice;

import java.time.ZoneId;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings form says what a setting does before it does it: a zone that ignores summer time is refused
 * with the zone to use instead, and taking a public blog back to Draft is warned of before and after saving.
 */
@ApplicationTest
class BlogSettingsFormTests {

	private static final String WITHOUT_SUMMER_TIME = "Use a city zone such as Europe/Brussels or America/New_York: "
			+ "fixed offsets (+02:00) and abbreviations (CET, EST) ignore summer time.";

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	// The time zone

	@Test
	void aZoneTypedInLowerCaseIsAcceptedAndStoredInItsOwnSpelling() {
		String slug = Newsroom.uniqueSlug();

		MvcTestResult result = post("/admin/blogs", blogForm(slug, "europe/paris", "LIVE"));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/live/" + slug);
		assertThat(this.newsroom.liveBlogs().find(slug).orElseThrow().getTimeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		Document settings = settingsPage(slug);
		assertThat(settings.selectFirst("input#timeZone").val()).isEqualTo("Europe/Paris");
	}

	@ParameterizedTest
	@CsvSource({ "Paris, Europe/Paris", "brussels, Europe/Brussels", "New York, America/New_York",
			"  sao_paulo , America/Sao_Paulo", "Kyiv, Europe/Kyiv" })
	void aCityTypedAloneIsItsZone(String typed, String zone) {
		String slug = Newsroom.uniqueSlug();

		MvcTestResult result = post("/admin/blogs", blogForm(slug, typed, "LIVE"));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/live/" + slug);
		assertThat(this.newsroom.liveBlogs().find(slug).orElseThrow().getTimeZone()).isEqualTo(ZoneId.of(zone));
		assertThat(settingsPage(slug).selectFirst("input#timeZone").val()).isEqualTo(zone);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+02:00", "CET", "cet", "UTC+2", "EST5EDT", "SystemV/EST5", "Etc/GMT-2" })
	void aZoneThatIgnoresSummerTimeIsRefusedWithTheCityZoneToUseInstead(String zone) {
		String slug = Newsroom.uniqueSlug();

		MvcTestResult result = post("/admin/blogs", blogForm(slug, zone, "LIVE"));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("main form");
		assertThat(form.selectFirst("input#timeZone").val()).as("kept as typed").isEqualTo(zone);
		assertThat(form.selectFirst("input#timeZone").closest(".field").selectFirst(".field-error").text())
			.isEqualTo(WITHOUT_SUMMER_TIME);
		assertThat(form.selectFirst("input#title").val()).isEqualTo("Settings test");
		assertThat(this.newsroom.liveBlogs().find(slug)).isEmpty();
	}

	@Test
	void anUnknownZoneIsStillToldItIsUnknown() {
		MvcTestResult result = post("/admin/blogs", blogForm(Newsroom.uniqueSlug(), "Europe/Atlantis", "LIVE"));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).selectFirst("input#timeZone").closest(".field").selectFirst(".field-error").text())
			.isEqualTo("Unknown time zone: use a name like Europe/Paris.");
	}

	@Test
	void theZoneFieldSuggestsCityZonesOnly() {
		Document form = Pages.parse(this.backOffice.get("/admin/blogs/new", this.backOffice.asAdmin()));

		Element input = form.selectFirst("input#timeZone");
		Element suggestions = form.getElementById(input.attr("list"));
		assertThat(suggestions.tagName()).isEqualTo("datalist");
		assertThat(suggestions.select("option").eachAttr("value")).contains("Europe/Paris", "Europe/Brussels",
				"America/New_York", "Asia/Kolkata", "UTC")
			.doesNotContain("CET", "EST5EDT", "SystemV/EST5", "Etc/GMT-2", "+02:00")
			.hasSizeGreaterThan(300);
	}

	@Test
	void aCoverageTimeThatIsNoTimeIsToldBesideItsField() {
		Map<String, String> form = blogForm(Newsroom.uniqueSlug(), "Europe/Paris", "LIVE");
		form.put("coverageStart", "17/10/2024 9h");

		MvcTestResult result = post("/admin/blogs", form);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element field = Pages.parse(result).selectFirst("input#coverageStart").closest(".field");
		assertThat(field.select(".field-error").eachText())
			.containsExactly("Enter a real date and time (a four-digit year), like 17 October 2024 at 14:30.");
	}

	@Test
	void aCoverageEndingBeforeItStartsIsSummedUpAtTheTopOfTheSettingsAndMarksItsField() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Map<String, String> form = BackOffice.blogSettingsForm(blog.getSlug(), "Settings test", "", "Europe/Paris", "LIVE");
		form.put("version", Long.toString(blog.getVersion()));
		form.put("coverageStart", "2026-12-03T18:00");
		form.put("coverageEnd", "2026-12-03T08:00");

		MvcTestResult result = post("/admin/blogs/" + blog.getSlug(), form);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		BackOffice.assertProblemSummedUp(Pages.parse(result).selectFirst("main form"), "coverageEnd",
				"The coverage cannot end before it starts.");
	}

	@Test
	void aNewBlogsProblemsAreSummedUpAtTheTopOfTheForm() {
		MvcTestResult result = post("/admin/blogs", blogForm(Newsroom.uniqueSlug(), "Europe/Atlantis", "LIVE"));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("main form");
		BackOffice.assertProblemSummedUp(form, "timeZone", "Unknown time zone: use a name like Europe/Paris.");
		assertThat(form.selectFirst("input#timeZone").attr("aria-describedby")).isEqualTo("timeZone-error timeZone-help");
	}

	// Taking a blog back to Draft

	@Test
	void theSettingsOfAPublicBlogWarnThatDraftAnswers404BeforeSaving() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);

		Element status = settingsPage(blog.getSlug()).selectFirst("select#status").closest(".field");

		assertThat(status.selectFirst(".status-help").text()).contains(
				"Draft: hidden from readers; its public page and every link to it answer 404 (not found).");
		assertThat(status.selectFirst(".status-warning").text()).startsWith(
				"This blog is public. Setting it to Draft takes it off at once: its page, its entries’ pages, its Atom"
						+ " feed and its API answer 404 (not found)");
	}

	@Test
	void savingAPublicBlogAsDraftSaysItsLinksNowAnswer404() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Map<String, String> form = blogForm(blog.getSlug(), "Europe/London", "DRAFT");
		form.put("version", Long.toString(blog.getVersion()));

		MvcTestResult result = post("/admin/blogs/" + blog.getSlug(), form);

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Document composer = follow(result);
		assertThat(composer.selectFirst(".flash-done").text()).isEqualTo("Settings saved. The blog is now a draft: its "
				+ "public page and links answer 404 (not found) until you set it to Live or Ended.");
		assertThat(this.backOffice.get("/live/" + blog.getSlug())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void savingOtherSettingsOfAPublicBlogSaysOnlySaved() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Map<String, String> form = blogForm(blog.getSlug(), "Europe/London", "ENDED");
		form.put("version", Long.toString(blog.getVersion()));

		Document composer = follow(post("/admin/blogs/" + blog.getSlug(), form));

		assertThat(composer.selectFirst(".flash-done").text()).isEqualTo("Settings saved.");
	}

	// Lengths, counted as the editor sees them

	@Test
	void aTitleOfEmojiAndOfAccentsPastedApartIsCountedAsItReads() {
		String slug = Newsroom.uniqueSlug();
		// 100 red circles (200 UTF-16 units) and 100 "é" pasted as an "e" and its accent (200 code points): 200 characters
		String title = "\uD83D\uDD34".repeat(100) + "e\u0301".repeat(100);

		MvcTestResult result = post("/admin/blogs", BackOffice.blogSettingsForm(slug, title, "", "Europe/Paris", "LIVE"));

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.liveBlogs().find(slug).orElseThrow().getTitle()).isEqualTo(title);
	}

	@Test
	void aSummaryPastedTooLongIsRefusedWholeRatherThanCutByTheBrowser() {
		String slug = Newsroom.uniqueSlug();
		assertThat(this.backOffice.page("/admin/blogs/new", this.backOffice.asAdmin()).select("main form [maxlength]"))
			.as("nothing in the form cuts a paste silently").isEmpty();
		String summary = "Pasted from the wire. ".repeat(50);

		MvcTestResult result = post("/admin/blogs", BackOffice.blogSettingsForm(slug, "Settings test", summary,
				"Europe/Paris", "LIVE"));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("main form");
		assertThat(form.selectFirst("textarea#summary").text()).as("kept whole").isEqualTo(summary.strip());
		assertThat(form.selectFirst("textarea#summary").closest(".field").selectFirst(".field-error").text())
			.isEqualTo("The summary can be at most 1,000 characters.");
	}

	private Document settingsPage(String slug) {
		return this.backOffice.settingsPage(slug);
	}

	private Document follow(MvcTestResult redirect) {
		return this.backOffice.follow(redirect, this.backOffice.asAdmin());
	}

	private MvcTestResult post(String uri, Map<String, String> params) {
		return this.backOffice.post(uri, this.backOffice.asAdmin(), params);
	}

	private static Map<String, String> blogForm(String slug, String timeZone, String status) {
		return BackOffice.blogSettingsForm(slug, "Settings test", "", timeZone, status);
	}

}
