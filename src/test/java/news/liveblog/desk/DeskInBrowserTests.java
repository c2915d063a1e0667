package news.liveblog.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Two editors on one desk, each in a real browser of their own: what one publishes shows up in the other's
 * composer and dashboard without a reload, and never under their hands: not while they are at work in the
 * list, and never at the cost of what they are typing. A dashboard, which counts over every blog, is fetched
 * at most every 10 s however busy the newsroom.
 */
@ServerTest
@Import(RequestsSeen.class)
class DeskInBrowserTests {

	@RegisterExtension
	final RealBrowser editorA = new RealBrowser();

	@RegisterExtension
	final RealBrowser editorB = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private RequestsSeen requests;

	@Autowired
	private JdbcTemplate jdbc;

	private static final String HEARTBEAT = "POST /admin/desk/presence";

	@Test
	void whatOneEditorPublishesShowsUpInTheOthersComposerAndDashboardWithoutReloading() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "An earlier update.", Instant.now().minusSeconds(600));
		WebDriver b = this.editorB.driver();
		WebElement bsText = this.editorB.signInToWriteAt(composer(blog), DemoAccounts.ADMIN);
		bsText.sendKeys("B is still writing this");
		String composerTab = b.getWindowHandle();
		b.switchTo().newWindow(WindowType.TAB);
		this.editorB.open("/admin");
		String dashboardTab = b.getWindowHandle();
		waitForTheStream(this.editorB);
		assertThat(publishedEntries(b, blog)).isEqualTo("1");
		b.switchTo().window(composerTab);
		waitForTheStream(this.editorB);

		WebElement asText = this.editorA.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		asText.sendKeys("Published by editor A from the composer.");
		asText.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		this.editorA.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));

		this.editorB.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"),
					"Published by editor A from the composer."));
		assertThat(b.findElement(By.id("body")).getAttribute("value")).isEqualTo("B is still writing this");
		assertThat(this.editorB.script("return document.activeElement.id")).isEqualTo("body");
		// Said to screen readers by the page's status line (hidden from sight).
		this.editorB.waiting()
			.until((driver) -> "The list of entries was updated."
				.equals(this.editorB.script("return document.getElementById('desk-status').textContent")));
		this.editorB.screenshotOnThePhone("desk-composer-refreshed");
		b.switchTo().window(dashboardTab);
		this.editorB.waiting().until((driver) -> publishedEntries(driver, blog).equals("2"));
		this.editorB.screenshotOnThePhone("desk-dashboard-refreshed");
	}

	@Test
	void aBlogSetToDraftByAnAdminSaysSoOnAnOpenComposerAtOnce() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement text = this.editorA.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		text.sendKeys("Still typing while the blog is withdrawn");
		waitForTheStream(this.editorA);
		assertThat(this.editorA.driver().findElement(By.cssSelector("#composer-links .badge")).getText()).isEqualToIgnoringCase("Live");
		assertThat(this.editorA.driver().findElement(By.id("composer-links")).getText()).contains("Public page");

		this.newsroom.withdraw(blog);

		this.editorA.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("blog-state"), "This live blog is a draft"));
		this.editorA.waiting()
			.until((driver) -> driver.findElement(By.cssSelector("#composer-links .badge")).getText().equalsIgnoreCase("Draft"));
		assertThat(this.editorA.driver().findElement(By.id("composer-links")).getText())
			.as("no link to a public page that now answers 404").doesNotContain("Public page");
		assertThat(this.editorA.driver().findElement(By.id("body")).getDomProperty("value"))
			.isEqualTo("Still typing while the blog is withdrawn");
		this.editorA.waiting()
			.until((driver) -> "An admin changed this blog’s status: Draft."
				.equals(this.editorA.script("return document.getElementById('desk-status').textContent")));
	}

	/**
	 * An editor correcting an entry on the phone sees, just above the buttons and without a reload, that a colleague
	 * saved it meanwhile and then that it was retracted; what they typed stays in the form.
	 */
	@Test
	void anEditorAtTheCorrectionFormSeesAColleaguesSaveAndTheRetractionAtOnce() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "The storm reached the coast.", Instant.now().minusSeconds(600));
		this.editorA.emulatePhone(2);
		WebElement text = this.editorA.signInToWriteAt(composer(blog) + "/entries/" + entry.getId() + "/edit",
				DemoAccounts.EDITOR);
		text.sendKeys(" Half-typed correction");
		waitForTheStream(this.editorA);
		assertThat(this.editorA.driver().findElement(By.id("entry-since")).getText()).isEmpty();

		this.newsroom.correct(blog, entry, new EntryText(null, "The storm reached the coast at 6 a.m.", false, null, null),
				null);

		this.editorA.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-since"),
					Newsroom.DESK.name() + " saved this entry at "));
		this.editorA.waiting()
			.until((driver) -> String.valueOf(this.editorA.script("return document.getElementById('desk-status').textContent"))
				.startsWith(Newsroom.DESK.name() + " saved this entry at "));
		// At the top of the screen, wherever in the form the editor is: here, at its end.
		this.editorA.script("const form = document.getElementById('entry-form');"
				+ " window.scrollTo(0, window.scrollY + form.getBoundingClientRect().bottom - window.innerHeight)");
		assertThat((Number) this.editorA.script("return document.getElementById('entry-form').getBoundingClientRect().top"))
			.as("the form's top is scrolled out of sight")
			.satisfies((top) -> assertThat(top.doubleValue()).isNegative());
		assertThat((Number) this.editorA.script("return document.getElementById('entry-since').getBoundingClientRect().top"))
			.satisfies((top) -> assertThat(top.doubleValue()).isBetween(0.0, 1.0));
		this.editorA.assertFitsThePhone("edit-entry-saved-meanwhile");

		this.newsroom.retract(blog, entry, "Not confirmed");

		this.editorA.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-since"), "Not confirmed"));
		assertThat(this.editorA.driver().findElement(By.cssSelector("#entry-since button")).getText())
			.isEqualTo("Write it as a new entry");
		Instant retractedAt = this.newsroom.stored(blog, entry.getId()).getRetractedAt();
		assertThat(this.editorA.driver().findElement(By.id("entry-since")).getText())
			.as("by the blog's clock, named: the editor may sit elsewhere")
			.contains(" at " + blog.printTime(retractedAt) + " " + blog.printZone(retractedAt) + ": Not confirmed");
		assertThat(this.editorA.driver().findElement(By.cssSelector("[data-publish]")).isDisplayed())
			.as("no button left that offers to save the correction").isFalse();
		assertThat(this.editorA.driver().findElement(By.id("publicNote")).isDisplayed())
			.as("nor a public note on it").isFalse();
		assertThat(this.editorA.driver().findElement(By.cssSelector(".admin-entry-meta")).getText())
			.as("its status").startsWith("RETRACTED").doesNotContain("PUBLISHED");
		assertThat(this.editorA.driver().findElement(By.id("body")).getDomProperty("value"))
			.isEqualTo("The storm reached the coast. Half-typed correction");
		this.editorA.screenshotOnThePhone("edit-entry-retracted-meanwhile");
		// Its next heartbeat (brought forward here as by showing the tab again) is told the entry is out of reach;
		// then it beats no more, even when the tab is shown again.
		String showAgain = "document.dispatchEvent(new Event('visibilitychange'))";
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			this.editorA.script(showAgain);
			return "out-of-date".equals(this.editorA.driver()
				.findElement(By.cssSelector("[data-presence-editing]"))
				.getDomAttribute("data-presence-state"));
		});
		long beats = this.requests.count(HEARTBEAT);
		this.editorA.script(showAgain);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
			.until(() -> this.requests.count(HEARTBEAT) == beats);
	}

	/**
	 * A colleague pins an entry while an editor writes one to pin: the composer's box names the colleague's at once,
	 * and publishing pinned then replaces it knowingly, not as a pin the editor never saw.
	 */
	@Test
	void theComposersPinBoxNamesTheEntryAColleaguePinnedMeanwhile() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry first = this.newsroom.publishKeyEvent(blog, "Leaders arrive", "At nine.", Instant.now().minusSeconds(600));
		this.newsroom.pin(blog, first);
		WebElement text = this.editorA.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		text.sendKeys("Zelensky lands in Brussels.");
		this.editorA.driver().findElement(By.id("composer-pin-box")).click();
		waitForTheStream(this.editorA);
		assertThat(this.editorA.driver().findElement(By.cssSelector("label[for=composer-pin-box]")).getText())
			.isEqualTo("Pin above the feed, in place of “Leaders arrive”");

		Entry theirs = this.newsroom.publishKeyEvent(blog, "Rutte speaks", "Live now.", Instant.now());
		this.newsroom.pin(blog, theirs);

		this.editorA.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector("label[for=composer-pin-box]"),
					"Pin above the feed, in place of “Rutte speaks”"));
		assertThat(this.editorA.driver().findElement(By.id("composer-pin-box")).isSelected()).as("still ticked").isTrue();
		this.editorA.driver().findElement(By.cssSelector("#composer [data-publish]")).click();
		this.editorA.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash-done"), "Published"));
		assertThat(this.newsroom.entries().findPinned(blog.getId()).map(Entry::getBodySource))
			.hasValue("Zelensky lands in Brussels.");
	}

	/**
	 * An admin gives the blog another address while an editor has its composer open: the page, drawn under the old
	 * address, goes on showing what colleagues publish (it hears of the blog by its id, not its address), and then
	 * the blog's new title.
	 */
	@Test
	void aComposerOpenedBeforeTheBlogMovedToAnotherAddressStaysLive() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.editorA.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		waitForTheStream(this.editorA);

		LiveBlog moved = this.newsroom.move(blog, Newsroom.uniqueSlug());
		this.newsroom.publish(moved, "Published after the blog moved.", Instant.now());

		this.editorA.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "Published after the blog moved."));
		this.editorA.waiting()
			.until(ExpectedConditions.attributeContains(By.id("composer-links"), "data-desk-refresh",
					"/admin/live/" + moved.getSlug()));

		LiveBlogSettings settings = moved.settings();
		this.newsroom.liveBlogs().update(moved.getSlug(), moved.getVersion(), new LiveBlogSettings(settings.slug(),
				"Summit, day two", settings.summary(), settings.language(), settings.timeZone(), settings.status(),
				settings.coverageStart(), settings.coverageEnd()), Newsroom.DESK);

		this.editorA.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Summit, day two"));
	}

	/**
	 * An editor who signs out leaves the desk at once: colleagues no longer see them there for the half minute of
	 * the expiry (the page's own goodbye came after the sign-out, without a session, and was refused).
	 */
	@Test
	void anEditorWhoSignsOutLeavesTheDeskAtOnce() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.editorA.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		await().atMost(Duration.ofSeconds(10)).until(() -> presencesOn(blog) == 1);

		this.editorA.driver().findElement(By.cssSelector("form.admin-signout button")).click();

		this.editorA.waiting().until(ExpectedConditions.urlContains("/admin/login"));
		await().atMost(Duration.ofSeconds(5)).until(() -> presencesOn(blog) == 0);
	}

	private int presencesOn(LiveBlog blog) {
		return this.jdbc.queryForObject("select count(*) from desk_presence where live_blog_id = ?", Integer.class,
				blog.getId());
	}

	@Test
	void theListWaitsWhileTheEditorIsAtWorkInItThenCatchesUp() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry earlier = this.newsroom.publish(blog, "An entry B is about to retract.", Instant.now().minusSeconds(600));
		WebDriver b = this.editorB.driver();
		this.editorB.signInToWriteAt(composer(blog), DemoAccounts.ADMIN);
		waitForTheStream(this.editorB);
		WebElement item = b.findElement(By.id("admin-entry-" + earlier.getId()));
		item.findElement(By.cssSelector("details.retract summary")).click();
		WebElement reason = item.findElement(By.name("reason"));
		reason.sendKeys("Half-typed reason");

		this.newsroom.publish(blog, "Published while B types a reason.", Instant.now());

		this.editorB.waiting().until(ExpectedConditions.attributeToBe(By.id("entries"), "data-desk-stale", "true"));
		assertThat(b.findElement(By.id("entries")).getText()).doesNotContain("Published while B types a reason.");
		assertThat(reason.getAttribute("value")).isEqualTo("Half-typed reason");

		// B thinks better of it: closes the form and empties the field.
		reason.clear();
		item.findElement(By.cssSelector("details.retract summary")).click();
		b.findElement(By.tagName("h1")).click();

		this.editorB.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"),
					"Published while B types a reason."));
	}

	@Test
	void anEntryArrivingAboveWhatTheEditorReadsDoesNotMoveIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publishScreensOfEarlierUpdates(blog);
		Entry reading = this.newsroom.storedEntries(blog).get(10);
		this.editorB.signInToWriteAt(composer(blog), DemoAccounts.ADMIN);
		waitForTheStream(this.editorB);
		this.editorB.script("document.getElementById(arguments[0]).scrollIntoView()", "admin-entry-" + reading.getId());
		this.editorB.script("document.activeElement.blur()");
		Number before = top(this.editorB, reading);

		this.newsroom.publish(blog, "A new entry on top of the list, out of sight.", Instant.now());

		this.editorB.waiting()
			.until((driver) -> Boolean.TRUE.equals(this.editorB.script(
					"return document.getElementById('entries').textContent.includes('A new entry on top of the list')")));
		assertThat(top(this.editorB, reading).doubleValue()).isCloseTo(before.doubleValue(), within(2.0));
	}

	@Test
	void anEntryArrivingWhileTheEditorReadsNearTheListsTopDoesNotMoveWhatTheyRead() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publishScreensOfEarlierUpdates(blog);
		this.editorB.signInToWriteAt(composer(blog), DemoAccounts.ADMIN);
		waitForTheStream(this.editorB);
		// Scrolled a little: the list's top and its first entries on the screen, the second entry mid-screen.
		String reading = (String) this.editorB.script("""
				const second = document.querySelectorAll('#entries [data-entry-id]')[1];
				second.scrollIntoView({block: 'center'});
				document.activeElement.blur();
				return second.dataset.entryId;""");
		Number before = topOfEntry(this.editorB, reading);

		this.newsroom.publish(blog, "A new entry at the top of the list.", Instant.now());

		this.editorB.waiting()
			.until((driver) -> Boolean.TRUE.equals(this.editorB.script(
					"return document.getElementById('entries').textContent.includes('A new entry at the top of the list')")));
		assertThat(topOfEntry(this.editorB, reading).doubleValue()).as("what the editor reads stays under their eyes")
			.isCloseTo(before.doubleValue(), within(2.0));
	}

	@Test
	void aBurstOfChangesCostsADashboardOneOrTwoFetchesNotOneEach() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.editorB.signInAt("/admin", DemoAccounts.ADMIN);
		waitForTheStream(this.editorB);
		long before = this.requests.count("GET /admin?fragment=blogs");

		// 20 changes over 8 s, each further apart than a burst's settling time: one fetch each, unless held back.
		ScheduledExecutorService busyNewsroom = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger published = new AtomicInteger();
		try {
			busyNewsroom.scheduleAtFixedRate(() -> {
				if (published.get() < 20) {
					this.newsroom.publish(blog, "Update " + published.incrementAndGet() + " of a busy minute.", Instant.now());
				}
			}, 0, 400, TimeUnit.MILLISECONDS);

			new WebDriverWait(this.editorB.driver(), Duration.ofSeconds(30))
				.ignoring(StaleElementReferenceException.class) // replaced as it was read
				.until((driver) -> publishedEntries(driver, blog).equals("20"));
		}
		finally {
			busyNewsroom.shutdownNow();
		}
		assertThat(this.requests.count("GET /admin?fragment=blogs") - before).isBetween(1L, 2L);
	}

	/** Where the entry's item is on the screen: its distance from the top of the window. */
	private static Number topOfEntry(RealBrowser browser, String entryId) {
		return (Number) browser.script(
				"return document.querySelector('#entries [data-entry-id=\"' + arguments[0] + '\"]').getBoundingClientRect().top",
				entryId);
	}

	private static Number top(RealBrowser browser, Entry entry) {
		return (Number) browser.script(
				"return document.getElementById(arguments[0]).getBoundingClientRect().top", "admin-entry-" + entry.getId());
	}

	private static String composer(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug();
	}

	/** Until the page's stream is open: from then on it hears of every change. */
	private static void waitForTheStream(RealBrowser browser) {
		browser.waiting().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
	}

	private static String publishedEntries(WebDriver driver, LiveBlog blog) {
		return driver.findElement(By.cssSelector("#blog-" + blog.getSlug() + " td.numeric")).getText();
	}

}
