package news.liveblog.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A reader's open page in a real browser follows the blog without being reloaded.
 */
@ServerTest
class LivePageInBrowserTests {

	/** Beside the live badge: what the page says while its stream is down. */
	private static final By RECONNECTING = By.cssSelector(".feed-status .live-connection");

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private LiveStreams streams;

	@Test
	void anEntryPublishedFromTheBackOfficeSlidesInWithoutAReloadAndARetractedOneGoes() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "The first update.", Instant.now().minusSeconds(300));
		WebDriver driver = openFeedAndMarkThePage(blog);
		String readersTab = driver.getWindowHandle();

		// An editor publishes from the back office in another tab (the reader's tab is hidden meanwhile).
		driver.switchTo().newWindow(WindowType.TAB);
		this.browser.signInToWriteAt("/admin/live/" + blog.getSlug(), DemoAccounts.EDITOR)
			.sendKeys("Live: the summit has begun.", Keys.chord(Keys.CONTROL, Keys.ENTER));
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));
		driver.close();
		driver.switchTo().window(readersTab);

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feed-entries article.entry"),
					"Live: the summit has begun."));
		String id = driver.findElement(By.cssSelector(".feed-entries article.entry")).getAttribute("id");
		assertThat(pageWasNotReloaded(driver)).isTrue();
		this.browser.waiting()
			.until((ignored) -> driver.findElement(By.cssSelector(".live-announcer")).getAttribute("textContent")
				.contains("Live: the summit has begun."));

		this.newsroom.entries().retract(blog.getId(), Long.parseLong(id.substring("entry-".length())), "Premature",
				Newsroom.DESK);
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.id(id), 0));
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	/**
	 * Updates that arrive together are said together to a screen reader ("2 new updates"): one after the other in
	 * the live region, only the last was read out (found by a helper catching a page up after a lost network).
	 */
	@Test
	void updatesArrivingTogetherAreAnnouncedTogether() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "The first update.", Instant.now().minusSeconds(300));
		WebDriver driver = openFeedAndMarkThePage(blog);

		this.newsroom.publish(blog, "Two at once: the first.", Instant.now());
		this.newsroom.publish(blog, "Two at once: the second.", Instant.now());

		this.browser.waiting().until((ignored) -> driver.findElements(By.cssSelector(".feed-entries article.entry")).size() == 3);
		this.browser.waiting()
			.until((ignored) -> "2 new updates".equals(driver.findElement(By.cssSelector(".live-announcer")).getAttribute("textContent")));
	}

	@Test
	void anOlderPageKeepsWhatItShowsTrueAndTakesNoNewEntries() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		List<Long> ids = this.newsroom.publishInBursts(blog, 1, 25);
		long newest = ids.getLast();
		// The page after the first 20: the five oldest.
		WebDriver driver = openAndMark(blog, "/live/" + blog.getSlug() + "?before=" + ids.get(5));
		Entry retracted = this.newsroom.stored(blog, ids.get(1));
		Entry corrected = this.newsroom.stored(blog, ids.get(2));
		assertThat(driver.findElements(By.id("entry-" + retracted.getId()))).hasSize(1);

		this.newsroom.retract(blog, retracted, "Photo rights not cleared");
		this.newsroom.correct(blog, corrected, new EntryText(null, "Corrected on an older page.", false), "Figure");
		Entry later = this.newsroom.publish(blog, "Not for an older page.", Instant.now());

		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.id("entry-" + retracted.getId()), 0));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-" + corrected.getId()),
					"Corrected on an older page."));
		assertThat(driver.findElements(By.id("entry-" + later.getId()))).isEmpty();
		assertThat(driver.findElements(By.id("entry-" + newest))).isEmpty();
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void anEntrysOwnPageIsCorrectedInPlaceAndSaysRemovedOnceRetracted() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Shared far and wide.", Instant.now().minusSeconds(60));
		WebDriver driver = openAndMark(blog, "/live/" + blog.getSlug() + "/entries/" + entry.getId());

		this.newsroom.correct(blog, entry, new EntryText(null, "Shared far and wide, and corrected.", false), "Wording");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-" + entry.getId()), "and corrected."));
		assertThat(pageWasNotReloaded(driver)).isTrue();

		this.newsroom.retract(blog, this.newsroom.stored(blog, entry.getId()), "Legal");

		this.browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "This update was removed"));
		assertThat(driver.findElements(By.id("entry-" + entry.getId()))).isEmpty();
	}

	@Test
	void theLastPageInOrderTakesNewEntriesAtItsEnd() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry first = this.newsroom.publish(blog, "Where it began.", Instant.now().minusSeconds(600));
		WebDriver driver = openAndMark(blog, "/live/" + blog.getSlug() + "?order=oldest");

		Entry next = this.newsroom.publish(blog, "What came next.", Instant.now());

		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + next.getId())));
		assertThat(driver.findElements(By.cssSelector(".feed-entries article.entry")).stream().map((a) -> a.getDomAttribute("id")))
			.containsExactly("entry-" + first.getId(), "entry-" + next.getId());
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void aBlogSetBackToDraftIsTakenOffThePagesReadersHaveOpen() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Not to be read any more.", Instant.now().minusSeconds(60));
		WebDriver feed = openFeedAndMarkThePage(blog);
		WebDriver permalink = this.browser.driver();
		String feedTab = feed.getWindowHandle();
		permalink.switchTo().newWindow(WindowType.TAB);
		this.browser.open("/live/" + blog.getSlug() + "/entries/" + entry.getId());
		this.browser.waiting().until((ignored) -> readersOf(blog) == 2);

		this.newsroom.withdraw(blog);

		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main .feed-gone"),
				"This live blog is no longer available."));
		assertThat(permalink.findElements(By.cssSelector(".entry-body"))).isEmpty();
		permalink.close();
		feed.switchTo().window(feedTab);
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main .feed-gone"),
				"This live blog is no longer available."));
		assertThat(feed.findElement(By.tagName("main")).getText()).doesNotContain("Not to be read any more.");
	}

	@Test
	void aPageTakenOffWhenTheBlogWentBackToDraftComesBackWhenItIsLiveAgain() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Withdrawn by mistake.", Instant.now().minusSeconds(60));
		// The page asks about once a minute whether the blog is back: here at once.
		this.browser.runBeforeEveryPage("""
				const realSetTimeout = window.setTimeout.bind(window);
				window.setTimeout = (callback, delay, ...args) =>
				  realSetTimeout(callback, callback.name === 'askWhetherPublishedAgain' ? 200 : delay, ...args);
				""");
		WebDriver driver = openFeedAndMarkThePage(blog);

		this.newsroom.withdraw(blog);
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main .feed-gone"),
				"This live blog is no longer available."));
		this.newsroom.setStatus(blog, LiveBlogStatus.LIVE);

		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feed-entries"),
				"Withdrawn by mistake."));
	}

	@Test
	void aPageOpenWhenTheBlogMovesToAnotherZoneOrStartsTakingQuestionsIsPrintedAnew() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, java.util.Locale.ENGLISH,
				java.time.ZoneId.of("Europe/Brussels"));
		this.newsroom.publish(blog, "Before the move.", Instant.now().minusSeconds(600));
		WebDriver driver = openFeedAndMarkThePage(blog);
		assertThat(driver.findElements(By.cssSelector(".reader-question"))).isEmpty();

		this.newsroom.moveToZone(blog, java.time.ZoneId.of("America/New_York"));

		// Within the ten seconds the page spreads its readers' reloads over.
		WebDriverWait reloaded = reloadWaiting(driver);
		reloaded.until(ExpectedConditions.attributeToBe(By.tagName("main"), "data-time-zone", "America/New_York"));
		assertThat(driver.findElement(By.cssSelector(".feed-entries article.entry time")).getText()).contains("EST");

		((JavascriptExecutor) driver).executeScript("window.notReloaded = true");
		this.browser.waiting().until((ignored) -> readersOf(blog) == 1);
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);

		reloaded.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reader-question")));
	}

	@Test
	void aPageInOrderOpenWhenTheBlogStartsTakingQuestionsIsPrintedAnewWithTheForm() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "From the start.", Instant.now().minusSeconds(600));
		WebDriver driver = openAndMark(blog, "/live/" + blog.getSlug() + "?order=oldest");
		assertThat(driver.findElements(By.cssSelector(".reader-question"))).isEmpty();

		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);

		reloadWaiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reader-question")));
	}

	@Test
	void aPageOpenWhenTheBlogChangesLanguageIsPrintedAnewInIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, java.util.Locale.ENGLISH,
				java.time.ZoneId.of("Europe/Brussels"));
		this.newsroom.publish(blog, "Before the change.", Instant.now().minusSeconds(600));
		WebDriver driver = openFeedAndMarkThePage(blog);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

		this.newsroom.writeIn(blog, java.util.Locale.FRENCH);

		// Not new entries in French around a page in English: the whole page, within the reloads' ten seconds.
		reloadWaiting(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feed-order"), "Dans l’ordre"));
		assertThat(driver.findElement(By.cssSelector(".feed-entries")).getText()).contains("Before the change.");
	}

	@Test
	void aQuestionBeingWrittenOutlivesThePageReloadingItself() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, java.util.Locale.ENGLISH,
				java.time.ZoneId.of("Europe/Brussels"));
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);
		WebDriver driver = openFeedAndMarkThePage(blog);
		driver.findElement(By.cssSelector(".reader-question summary")).click();
		driver.findElement(By.name("askedBy")).sendKeys("Ana");
		driver.findElement(By.name("text")).sendKeys("Will the summit statement mention");

		this.newsroom.moveToZone(blog, java.time.ZoneId.of("America/New_York"));

		reloadWaiting(driver)
			.until(ExpectedConditions.attributeToBe(By.tagName("main"), "data-time-zone", "America/New_York"));
		assertThat(driver.findElement(By.name("text")).getDomProperty("value")).isEqualTo("Will the summit statement mention");
		assertThat(driver.findElement(By.name("askedBy")).getDomProperty("value")).isEqualTo("Ana");
		assertThat(driver.findElement(By.cssSelector(".reader-question details")).getDomAttribute("open")).isNotNull();
	}

	@Test
	void anOlderPageKeepsItsKeyEventsTrue() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry vote = this.newsroom.publishKeyEvent(blog, "Parliament votes", "The motion passed.",
				Instant.now().minusSeconds(3600));
		List<Long> ids = this.newsroom.publishInBursts(blog, 1, 22);
		WebDriver driver = openAndMark(blog, "/live/" + blog.getSlug() + "?before=" + ids.get(3));
		assertThat(keyEventTitles(driver)).containsExactly("Parliament votes");

		this.newsroom.retract(blog, vote, "Premature");
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".key-events"), 0));
		this.newsroom.publishKeyEvent(blog, "Parliament votes again", "The motion passed at last.", Instant.now());

		this.browser.waiting().until((ignored) -> keyEventTitles(driver).equals(List.of("Parliament votes again")));
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void anEntrysOwnPageNamesItsNeighboursAsTheyAreNow() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "The first.", Instant.now().minusSeconds(300));
		Entry middle = this.newsroom.publish(blog, "The second.", Instant.now().minusSeconds(200));
		Entry next = this.newsroom.publishKeyEvent(blog, "The third", "The third.", Instant.now().minusSeconds(100));
		Entry last = this.newsroom.publishKeyEvent(blog, "The fourth", "The fourth.", Instant.now());
		WebDriver driver = openAndMark(blog, "/live/" + blog.getSlug() + "/entries/" + middle.getId());
		assertThat(driver.findElement(By.cssSelector(".entry-neighbour-later")).getDomAttribute("href"))
			.endsWith("/entries/" + next.getId());

		this.newsroom.retract(blog, next, "Wrong");

		reloadWaiting(driver).until(ExpectedConditions.attributeContains(By.cssSelector(".entry-neighbour-later"), "href",
				"/entries/" + last.getId()));
		assertThat(driver.findElement(By.cssSelector(".entry-neighbour-later")).getText()).contains("The fourth");
	}

	@Test
	void aReaderWhoScrolledDownIsNotMovedButOfferedTheNewEntries() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publishScreensOfEarlierUpdates(blog);
		WebDriver driver = openFeedAndMarkThePage(blog);
		this.browser.scrollToTheEnd();

		Entry entry = this.newsroom.publish(blog, "Something new happened.", Instant.now());

		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".new-updates")));
		assertThat(driver.findElement(By.cssSelector(".new-updates")).getText()).isEqualTo("1 new update");
		assertThat(driver.findElements(By.id("entry-" + entry.getId()))).as("held back until asked for").isEmpty();
		assertThat(driver.getTitle()).startsWith("(1) ");

		driver.findElement(By.cssSelector(".new-updates")).click();

		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + entry.getId())));
		assertThat(driver.findElement(By.cssSelector(".feed-entries article.entry")).getAttribute("id"))
			.isEqualTo("entry-" + entry.getId());
		assertThat(driver.findElement(By.cssSelector(".new-updates")).isDisplayed()).isFalse();
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void anEntryPinnedAndUnpinnedWhileItWaitedBehindTheButtonNoLongerSaysPinnedOnceShownAndFocusGoesToIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publishScreensOfEarlierUpdates(blog);
		WebDriver driver = openFeedAndMarkThePage(blog);
		this.browser.scrollToTheEnd();
		Entry first = this.newsroom.publish(blog, "Pinned for a moment.", Instant.now());
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".new-updates")));
		this.newsroom.pin(blog, first);
		this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feed-pinned #pinned-entry-" + first.getId())));
		Entry second = this.newsroom.publish(blog, "Pinned since.", Instant.now());
		this.newsroom.pin(blog, second);
		this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feed-pinned #pinned-entry-" + second.getId())));
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".new-updates"), "2 new updates"));

		driver.findElement(By.cssSelector(".new-updates")).click();

		WebElement shown = this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + first.getId())));
		assertThat(shown.getDomAttribute("class")).doesNotContain("entry-pinned");
		assertThat(shown.findElements(By.cssSelector(".entry-label-pinned"))).as("no longer pinned").isEmpty();
		assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("the focus on the newest update")
			.isEqualTo("entry-" + second.getId());
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void theKeyEventsListFollowsNewKeyEventsCorrectionsTheMarkAndRetractions() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry ordinary = this.newsroom.publish(blog, "Crowds gather outside.", Instant.now().minusSeconds(600));
		Entry vote = this.newsroom.publishKeyEvent(blog, "Parliament votes", "The motion passed.",
				Instant.now().minusSeconds(300));
		WebDriver driver = openFeedAndMarkThePage(blog);
		assertThat(keyEventTitles(driver)).containsExactly("Parliament votes");

		Entry resignation = this.newsroom.publishKeyEvent(blog, null, "The prime minister resigns. More soon.",
				Instant.now());
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).size() == 2);
		assertThat(keyEventTitles(driver)).containsExactly("The prime minister resigns.", "Parliament votes");
		assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelector('.key-events a').href"))
			.as("the new key event is on the page: its link jumps to it")
			.asString()
			.endsWith("#entry-" + resignation.getId());

		this.newsroom.correct(blog, ordinary, new EntryText(null, "Crowds gather outside.", true), null);
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).contains("Crowds gather outside."));

		vote = this.newsroom.correct(blog, vote, new EntryText("Parliament rejects the motion", "The motion failed.", true),
				"Recount");
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).contains("Parliament rejects the motion"));

		this.newsroom.correct(blog, vote, new EntryText("Parliament rejects the motion", "The motion failed.", false),
				null);
		this.newsroom.retract(blog, resignation, "Denied by her office");
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).equals(List.of("Crowds gather outside.")));

		this.newsroom.retract(blog, ordinary, "Duplicate");
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".key-events"), 0));
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void aStreamDownForMoreThanAMomentSaysSoBesideTheBadgeAndTheNoticeGoesOnceItIsBackAndCaughtUp() {
		aStreamDownIsSaidAndCleared(false);
	}

	@Test
	void onAPhoneTheReconnectingNoticeFitsBesideTheBadgeAndMovesNothing() {
		aStreamDownIsSaidAndCleared(true);
	}

	private void aStreamDownIsSaidAndCleared(boolean phone) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "The first update.", Instant.now().minusSeconds(300));
		if (phone) {
			this.browser.emulatePhone(2);
		}
		WebDriver driver = openFeedAndMarkThePage(blog);
		WebElement notice = driver.findElement(RECONNECTING);
		assertThat(notice.getText()).as("open: nothing to say").isEmpty();
		assertThat(notice.getDomAttribute("aria-live")).isEqualTo("polite");
		double titleTop = topOf(driver, ".feed-title");

		network(driver, false);
		// Chromium offline fails the requests that start from now on, not the stream already open: the server
		// ends it, as it ends every stream when it shuts down (LiveStreams#stop), and takes new ones at once.
		this.streams.stop();
		this.streams.start();

		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBe(RECONNECTING, "Reconnecting…"));
		assertThat(notice.isDisplayed()).isTrue();
		assertThat(topOf(driver, ".feed-title")).as("nothing below the badge moved").isEqualTo(titleTop);
		assertThat(topOf(driver, ".live-connection")).as("on the badge's line")
			.isCloseTo(topOf(driver, ".feed-status .badge"), within(8.0));
		if (phone) {
			this.browser.assertFitsThePhone("live-reconnecting-phone");
		}
		else {
			this.browser.screenshot("live-reconnecting-desktop", 1280, 1000);
		}
		Entry missed = this.newsroom.publish(blog, "Published while the reader was cut off.", Instant.now());

		network(driver, true);

		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(RECONNECTING, ""));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + missed.getId())));
		assertThat(topOf(driver, ".feed-title")).isEqualTo(titleTop);
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	private static double topOf(WebDriver driver, String selector) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(
				"return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY", selector))
			.doubleValue();
	}

	/** A reader's network that goes, or comes back: offline, Chromium fails every request it starts. */
	private static void network(WebDriver driver, boolean online) {
		ChromeDriver chromium = (ChromeDriver) driver;
		chromium.executeCdpCommand("Network.enable", Map.of());
		chromium.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
				"downloadThroughput", -1, "uploadThroughput", -1));
	}

	/** Read in one go: the list is replaced whole by each change, so element handles go stale. */
	@SuppressWarnings("unchecked")
	private static List<String> keyEventTitles(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return [...document.querySelectorAll('.key-events .key-event-title')].map((t) => t.textContent.trim())");
	}

	private WebDriver openFeedAndMarkThePage(LiveBlog blog) {
		return openAndMark(blog, "/live/" + blog.getSlug());
	}

	/** One of the blog's pages, its stream open. */
	private WebDriver openAndMark(LiveBlog blog, String path) {
		WebDriver driver = this.browser.open(path);
		// A mark that a reload would wipe out.
		((JavascriptExecutor) driver).executeScript("window.notReloaded = true");
		// The stream is open once the server has counted this reader.
		this.browser.waiting().until((ignored) -> readersOf(blog) == 1);
		return driver;
	}

	/** Long enough for the ten seconds a page spreads its reload over; the page may be between two documents. */
	private static WebDriverWait reloadWaiting(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(25));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private int readersOf(LiveBlog blog) {
		return this.streams.readers().getOrDefault(blog.getId(), 0);
	}

	private static boolean pageWasNotReloaded(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true"));
	}

}
