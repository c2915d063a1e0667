package news.liveblog.live;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.TestBlogs;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's open page in a real browser follows the blog without being reloaded.
 */
@ServerTest
class LivePageInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Entries entries;

	@Autowired
	private LiveStreams streams;

	@Test
	void anEntryPublishedFromTheBackOfficeSlidesInWithoutAReloadAndARetractedOneGoes() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		TestBlogs.publish(this.entries, blog, "The first update.", Instant.now().minusSeconds(300));
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
		assertThat(driver.findElement(By.cssSelector(".live-announcer")).getAttribute("textContent"))
			.contains("Live: the summit has begun.");

		this.entries.retract(blog.getId(), Long.parseLong(id.substring("entry-".length())), "Premature",
				TestBlogs.DESK);
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.id(id), 0));
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	@Test
	void aReaderWhoScrolledDownIsNotMovedButOfferedTheNewEntries() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		TestBlogs.publishScreensOfEarlierUpdates(this.entries, blog);
		WebDriver driver = openFeedAndMarkThePage(blog);
		this.browser.scrollToTheEnd();

		Entry entry = TestBlogs.publish(this.entries, blog, "Something new happened.", Instant.now());

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
	void theKeyEventsListFollowsNewKeyEventsCorrectionsTheMarkAndRetractions() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		Entry ordinary = TestBlogs.publish(this.entries, blog, "Crowds gather outside.", Instant.now().minusSeconds(600));
		Entry vote = TestBlogs.publishKeyEvent(this.entries, blog, "Parliament votes", "The motion passed.",
				Instant.now().minusSeconds(300));
		WebDriver driver = openFeedAndMarkThePage(blog);
		assertThat(keyEventTitles(driver)).containsExactly("Parliament votes");

		Entry resignation = TestBlogs.publishKeyEvent(this.entries, blog, null, "The prime minister resigns. More soon.",
				Instant.now());
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).size() == 2);
		assertThat(keyEventTitles(driver)).containsExactly("The prime minister resigns.", "Parliament votes");
		assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelector('.key-events a').href"))
			.as("the new key event is on the page: its link jumps to it")
			.asString()
			.endsWith("#entry-" + resignation.getId());

		this.entries.rewrite(blog.getId(), ordinary.getId(), ordinary.getVersion(),
				new EntryText(null, "Crowds gather outside.", true), Publication.now(), null, TestBlogs.DESK);
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).contains("Crowds gather outside."));

		vote = this.entries.rewrite(blog.getId(), vote.getId(), vote.getVersion(),
				new EntryText("Parliament rejects the motion", "The motion failed.", true), Publication.now(),
				"Recount", TestBlogs.DESK);
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).contains("Parliament rejects the motion"));

		this.entries.rewrite(blog.getId(), vote.getId(), vote.getVersion(),
				new EntryText("Parliament rejects the motion", "The motion failed.", false), Publication.now(), null,
				TestBlogs.DESK);
		this.entries.retract(blog.getId(), resignation.getId(), "Denied by her office", TestBlogs.DESK);
		this.browser.waiting().until((ignored) -> keyEventTitles(driver).equals(List.of("Crowds gather outside.")));

		this.entries.retract(blog.getId(), ordinary.getId(), "Duplicate", TestBlogs.DESK);
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".key-events"), 0));
		assertThat(pageWasNotReloaded(driver)).isTrue();
	}

	/** Read in one go: the list is replaced whole by each change, so element handles go stale. */
	@SuppressWarnings("unchecked")
	private static List<String> keyEventTitles(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return [...document.querySelectorAll('.key-events .key-event-title')].map((t) => t.textContent.trim())");
	}

	private WebDriver openFeedAndMarkThePage(LiveBlog blog) {
		WebDriver driver = this.browser.open("/live/" + blog.getSlug());
		// A mark that a reload would wipe out.
		((JavascriptExecutor) driver).executeScript("window.notReloaded = true");
		// The stream is open once the server has counted this reader.
		this.browser.waiting().until((ignored) -> readersOf(blog) == 1);
		return driver;
	}

	private int readersOf(LiveBlog blog) {
		return this.streams.readers().getOrDefault(blog.getId(), 0);
	}

	private static boolean pageWasNotReloaded(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true"));
	}

}
