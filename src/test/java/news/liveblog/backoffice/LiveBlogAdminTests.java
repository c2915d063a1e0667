package news.liveblog.backoffice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin opens a blog in one go or is told exactly which field to fix, with everything typed still there;
 * no blog ever takes another's address, and two admins changing the same settings never overwrite each other
 * silently.
 */
@ApplicationTest
class LiveBlogAdminTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	static Stream<Arguments> invalidBlogs() {
		return Stream.of(
				Arguments.of("Not A Slug", "Europe/Paris", "slug",
						"Use lower-case letters, digits and single hyphens only, like zelensky-brussels."),
				Arguments.of("a--b", "Europe/Paris", "slug",
						"Use lower-case letters, digits and single hyphens only, like zelensky-brussels."),
				Arguments.of(DemoLiveBlog.SLUG, "Europe/Paris", "slug", "Another blog already has this address."),
				Arguments.of(null, "Mars/Olympus_Mons", "timeZone", "Unknown time zone: use a name like Europe/Paris."));
	}

	@ParameterizedTest
	@MethodSource("invalidBlogs")
	void anInvalidBlogIsShownAgainWithTheErrorBesideTheFieldAndNothingOpened(String slug, String timeZone,
			String field, String message) {
		String typedSlug = (slug != null) ? slug : Newsroom.uniqueSlug();
		String title = "Refused blog " + UUID.randomUUID();
		Map<String, String> typed = blogForm(typedSlug, title, timeZone);
		int blogsBefore = this.newsroom.liveBlogs().all().size();
		String demoTitle = this.newsroom.liveBlogs().find(DemoLiveBlog.SLUG).orElseThrow().getTitle();

		MvcTestResult result = post("/admin/blogs", typed);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("main form");
		assertThat(form.attr("action")).isEqualTo("/admin/blogs");
		assertThat(form.selectFirst("input#slug").val()).isEqualTo(typedSlug);
		assertThat(form.selectFirst("input#title").val()).isEqualTo(title);
		assertThat(form.selectFirst("textarea#summary").wholeText()).isEqualTo(typed.get("summary"));
		assertThat(form.selectFirst("input#timeZone").val()).isEqualTo(timeZone);
		assertThat(form.selectFirst("select#language option[selected]").val()).isEqualTo("en");
		assertThat(form.selectFirst("select#status option[selected]").val()).isEqualTo("LIVE");
		assertThat(fieldError(form, field)).isEqualTo(message);
		assertThat(form.select(".field-error")).as("no error beside the other fields").hasSize(1);

		assertThat(this.newsroom.liveBlogs().all()).hasSize(blogsBefore).noneMatch((blog) -> blog.getTitle().equals(title));
		assertThat(this.newsroom.liveBlogs().find(DemoLiveBlog.SLUG).orElseThrow().getTitle()).isEqualTo(demoTitle);
	}

	@Test
	void aValidBlogOpensAndLeadsToItsComposer() {
		String slug = Newsroom.uniqueSlug();

		MvcTestResult result = post("/admin/blogs", blogForm(slug, "Election night", "America/New_York"));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/live/" + slug);
		assertThat(result).flash().containsEntry("done", "blog.done.opened");
		LiveBlog blog = this.newsroom.liveBlogs().find(slug).orElseThrow();
		assertThat(blog.getTitle()).isEqualTo("Election night");
		assertThat(blog.getTimeZone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(blog.getStatus()).isEqualTo(LiveBlogStatus.LIVE);
		Document page = this.backOffice.follow(result, asAdmin());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Election night");
		assertThat(page.selectFirst(".flash-done").text()).isEqualTo("Blog opened.");
	}

	@Test
	void savingSettingsFromAStaleVersionIsRefusedAndKeepsTheOtherAdminsChange() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Document settings = Pages.parse(this.backOffice.get("/admin/blogs/" + blog.getSlug() + "/edit", asAdmin()));
		String staleVersion = settings.selectFirst("input[name=version]").val();
		Map<String, String> first = blogForm(blog.getSlug(), "Renamed by the first admin", "Europe/London");
		first.put("version", staleVersion);
		assertThat(post("/admin/blogs/" + blog.getSlug(), first)).hasStatus(HttpStatus.FOUND);

		Map<String, String> second = blogForm(blog.getSlug(), "Renamed by the second admin", "Europe/London");
		second.put("version", staleVersion);
		MvcTestResult result = post("/admin/blogs/" + blog.getSlug(), second);

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Element form = Pages.parse(result).selectFirst("main form");
		assertThat(form.selectFirst("[role=alert]").text()).isEqualTo(
				"Someone else changed these settings meanwhile. Open the settings again to see theirs; nothing was saved.");
		assertThat(form.selectFirst("input#title").val()).isEqualTo("Renamed by the second admin");
		assertThat(this.newsroom.liveBlogs().find(blog.getSlug()).orElseThrow().getTitle()).isEqualTo("Renamed by the first admin");
	}

	@Test
	void aBlogCannotBeRenamedToAnotherBlogsAddress() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Map<String, String> form = blogForm(DemoLiveBlog.SLUG, "Taking the demo's address", "Europe/London");
		form.put("version", Long.toString(blog.getVersion()));

		MvcTestResult result = post("/admin/blogs/" + blog.getSlug(), form);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fieldError(Pages.parse(result).selectFirst("main form"), "slug"))
			.isEqualTo("Another blog already has this address.");
		assertThat(this.newsroom.liveBlogs().find(blog.getSlug()).orElseThrow().getTitle()).isEqualTo(blog.getTitle());
	}

	@Test
	void theSettingsSayThatOldLinksRedirectAndListTheFormerAddresses() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String renamed = Newsroom.uniqueSlug();
		Map<String, String> form = blogForm(renamed, blog.getTitle(), "Europe/London");
		form.put("version", Long.toString(blog.getVersion()));
		assertThat(post("/admin/blogs/" + blog.getSlug(), form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/live/" + renamed);

		Document settings = Pages.parse(this.backOffice.get("/admin/blogs/" + renamed + "/edit", asAdmin()));

		assertThat(settings.selectFirst("#slug-redirects").text()).startsWith("Changing the address keeps every old link working");
		assertThat(settings.selectFirst("input#slug").attr("aria-describedby")).contains("slug-redirects");
		assertThat(settings.selectFirst(".slug-former").text())
			.isEqualTo("Former addresses, which redirect here: " + blog.getSlug());
		Document opening = Pages.parse(this.backOffice.get("/admin/blogs/new", asAdmin()));
		assertThat(opening.selectFirst("#slug-redirects")).as("nothing to redirect yet").isNull();
	}

	/** A new blog's form sent back with its problems keeps saying what its times are in (found by a helper). */
	@Test
	void aNewBlogsFormShownAgainSaysItsCoverageTimesAreInTheBlogsZone() {
		Document opening = Pages.parse(this.backOffice.get("/admin/blogs/new", asAdmin()));
		Map<String, String> sent = Pages.formFields(opening.selectFirst("main form"));
		sent.put("title", "");

		MvcTestResult refused = post("/admin/blogs", sent);

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document again = Pages.parse(refused);
		assertThat(again.selectFirst("label[for=coverageStart]").text())
			.isEqualTo(opening.selectFirst("label[for=coverageStart]").text())
			.isEqualTo("Coverage starts (time in the blog’s zone)");
		assertThat(again.selectFirst("label[for=coverageEnd]").text()).isEqualTo("Coverage ends (time in the blog’s zone)");
	}

	@Test
	void noOtherBlogTakesAnAddressABlogHadBeforeButTheBlogItselfMayTakeItBack() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String former = blog.getSlug();
		String renamed = Newsroom.uniqueSlug();
		blog = this.newsroom.move(blog, renamed);

		MvcTestResult opening = post("/admin/blogs", blogForm(former, "Another story", "Europe/London"));
		assertThat(opening).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fieldError(Pages.parse(opening).selectFirst("main form"), "slug"))
			.isEqualTo("Another blog had this address before, and its old links lead there: choose another one.");
		assertThat(this.newsroom.liveBlogs().find(former)).isEmpty();

		LiveBlog other = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Map<String, String> renaming = blogForm(former, other.getTitle(), "Europe/London");
		renaming.put("version", Long.toString(other.getVersion()));
		MvcTestResult taking = post("/admin/blogs/" + other.getSlug(), renaming);
		assertThat(taking).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fieldError(Pages.parse(taking).selectFirst("main form"), "slug"))
			.isEqualTo("Another blog had this address before, and its old links lead there: choose another one.");

		Map<String, String> back = blogForm(former, blog.getTitle(), "Europe/London");
		back.put("version", Long.toString(blog.getVersion()));
		assertThat(post("/admin/blogs/" + renamed, back)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/live/" + former);
		LiveBlog takenBack = this.newsroom.liveBlogs().find(former).orElseThrow();
		assertThat(takenBack.getId()).isEqualTo(blog.getId());
		assertThat(this.newsroom.liveBlogs().formerSlugs(blog.getId())).containsExactly(renamed);
	}

	@Test
	void anEntrySentFromAPageOpenedBeforeTheBlogWasGivenANewAddressIsPublishedAndTheDeskOpensThere() {
		LiveBlog openedAt = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String renamed = Newsroom.uniqueSlug();
		this.newsroom.move(openedAt, renamed);

		// The composer's form still names the address the page was opened at.
		MvcTestResult sent = this.backOffice.newEntry(openedAt).body("Sent to the old address").send("publish");

		assertThat(sent).hasStatus(HttpStatus.FOUND);
		assertThat(sent).flash().containsEntry("done", "entry.done.published");
		assertThat(this.newsroom.storedEntries(openedAt)).extracting(Entry::getBodySource)
			.containsExactly("Sent to the old address");
		Document composer = this.backOffice.follow(sent, this.backOffice.asEditor());
		assertThat(composer.selectFirst("form#composer").attr("action")).isEqualTo("/admin/live/" + renamed + "/entries");
		assertThat(composer.selectFirst(".flash").text()).contains("Published");
		// A bookmark of the old address still opens the blog's desk.
		assertThat(Pages.parse(this.backOffice.get("/admin/live/" + openedAt.getSlug() + "/entries",
				this.backOffice.asEditor())).select(".admin-entry")).hasSize(1);
	}

	@Test
	void changingTheZoneKeepsTheCoverageAtTheMomentsTheSettingsShowed() {
		Instant start = Instant.parse("2026-06-24T07:00:00Z");
		LiveBlog blog = this.newsroom.liveBlogs().open(new LiveBlogSettings(Newsroom.uniqueSlug(), "Summit", "", Locale.ENGLISH,
				ZoneId.of("Europe/Brussels"), LiveBlogStatus.LIVE, start, null), Newsroom.DESK);
		Element form = this.backOffice.settingsPage(blog.getSlug()).selectFirst("form:has(#coverageStart)");
		assertThat(form.selectFirst("label[for=coverageStart]").text())
			.isEqualTo("Coverage starts (time in Europe/Brussels)");
		Map<String, String> sent = blogForm(blog.getSlug(), "Summit", "America/New_York");
		// The page's own fields, as the browser sends them back: the start as shown (09:00 in Brussels).
		for (String field : new String[] { "coverageStart", "timesShownIn", "version" }) {
			sent.put(field, form.selectFirst("input[name=" + field + "]").val());
		}

		assertThat(post("/admin/blogs/" + blog.getSlug(), sent)).hasStatus(HttpStatus.FOUND);

		LiveBlog moved = this.newsroom.stored(blog);
		assertThat(moved.getTimeZone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(moved.getCoverageStart()).as("the same moment, not 09:00 in New York").isEqualTo(start);
		assertThat(this.backOffice.settingsPage(blog.getSlug()).selectFirst("input#coverageStart").val())
			.isEqualTo("2026-06-24T03:00:00");
	}

	private MvcTestResult post(String uri, Map<String, String> params) {
		return this.backOffice.post(uri, asAdmin(), params);
	}

	private RequestPostProcessor asAdmin() {
		return this.backOffice.asAdmin();
	}

	@Test
	void coverageTimesSetToTheSecondShowInTheSettingsToTheMinuteRatherThanAsAnEmptyField() {
		LiveBlog blog = this.newsroom.liveBlogs().open(new LiveBlogSettings(Newsroom.uniqueSlug(), "Precise", "", Locale.ENGLISH,
				ZoneId.of("Europe/London"), LiveBlogStatus.DRAFT, Instant.parse("2026-01-01T08:00:42.123456Z"), null),
				Newsroom.DESK);

		Document settings = Pages.parse(this.backOffice.get("/admin/blogs/" + blog.getSlug() + "/edit", asAdmin()));

		// A datetime-local input takes seconds with milliseconds at most, and whole minutes by its default step:
		// anything finer shows empty, and the form would save the blog without its coverage start.
		assertThat(settings.selectFirst("input#coverageStart").val()).isEqualTo("2026-01-01T08:00:00");
	}

	private static Map<String, String> blogForm(String slug, String title, String timeZone) {
		return BackOffice.blogSettingsForm(slug, title, "What the blog covers, kept as typed", timeZone, "LIVE");
	}

	private static String fieldError(Element form, String field) {
		return BackOffice.fieldError(form, field);
	}

}
