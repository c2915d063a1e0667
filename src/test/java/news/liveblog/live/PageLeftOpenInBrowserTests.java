package news.liveblog.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's page left open for a long while, as readers of a live blog do: what the script keeps up to date
 * stays right over many refreshes and live changes.
 */
@ServerTest
class PageLeftOpenInBrowserTests {

	/**
	 * Runs before the page's scripts: the page's 30-second refresh runs every 50 ms instead, and each run moves
	 * the page's clock ({@code Date.now}) on by those 30 seconds, so a test sees an hour go by in a few seconds
	 * through the page's own code, once the test sets {@code window.clockRuns}. {@code window.refreshes} counts
	 * the runs.
	 */
	private static final String FAST_CLOCK = """
			(() => {
			  const realNow = Date.now.bind(Date);
			  const realSetInterval = window.setInterval.bind(window);
			  let shift = 0;
			  window.refreshes = 0;
			  Date.now = () => realNow() + shift;
			  window.setInterval = (callback, delay, ...args) => {
			    if (delay !== 30000) {
			      return realSetInterval(callback, delay, ...args);
			    }
			    return realSetInterval(() => {
			      if (!window.clockRuns) {
			        return;
			      }
			      shift += 30000;
			      callback(...args);
			      window.refreshes++;
			    }, 50);
			  };
			})();
			""";

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private LiveStreams streams;

	@Test
	void eachEntryKeepsExactlyOneRelativeTimeOverManyRefreshesAndLiveChanges() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry first = this.newsroom.publish(blog, "The first update.", Instant.now().minusSeconds(300));
		Entry pinned = this.newsroom.publish(blog, "How to follow the day.", Instant.now().minusSeconds(180));
		Entry corrected = this.newsroom.publish(blog, "The minster arrives.", Instant.now().minusSeconds(60));
		this.newsroom.pin(blog, pinned);
		this.browser.runBeforeEveryPage(FAST_CLOCK);
		WebDriver driver = openFeed(blog);
		String firstLabel = relativeTimeOf(driver, "entry-" + pinned.getId());
		assertThat(firstLabel).isEqualTo("3 min. ago");
		((JavascriptExecutor) driver).executeScript("window.clockRuns = true");

		waitForRefreshes(driver, 10);
		Entry arrived = this.newsroom.publish(blog, "Live: the summit has begun.", Instant.now());
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + arrived.getId())));
		waitForRefreshes(driver, 20);
		this.newsroom.correct(blog, corrected, EntryText.of("The minister arrives."), "Typo");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#entry-" + corrected.getId()),
					"The minister arrives."));
		waitForRefreshes(driver, 40);

		Map<String, Long> labelsPerEntry = relativeTimesPerEntry(driver);
		assertThat(labelsPerEntry).as("every entry on the page, the pinned copy too")
			.containsOnlyKeys("entry-" + arrived.getId(), "entry-" + corrected.getId(), "entry-" + pinned.getId(),
					"pinned-entry-" + pinned.getId(), "entry-" + first.getId())
			.allSatisfy((entry, labels) -> assertThat(labels).as(entry).isEqualTo(1));
		assertThat(relativeTimeOf(driver, "entry-" + pinned.getId())).as("the label moved on with the clock")
			.isNotEqualTo(firstLabel)
			.endsWith("min. ago");
	}

	@Test
	void aNewTitleOfTheBlogBecomesTheTabsTitleKeepingTheCountOfNewUpdates() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publishScreensOfEarlierUpdates(blog);
		WebDriver driver = openFeed(blog);
		this.browser.scrollToTheEnd();
		this.newsroom.publish(blog, "Something new happened.", Instant.now());
		this.browser.waiting().until(ExpectedConditions.titleIs("(1) Test blog"));

		LiveBlog stored = this.newsroom.stored(blog);
		LiveBlogSettings now = stored.settings();
		this.newsroom.liveBlogs().update(blog.getSlug(), stored.getVersion(),
				new LiveBlogSettings(now.slug(), "Summit: the vote", now.summary(), now.language(), now.timeZone(),
						now.status(), now.coverageStart(), now.coverageEnd()),
				Newsroom.DESK);

		this.browser.waiting().until(ExpectedConditions.titleIs("(1) Summit: the vote"));
		assertThat(driver.findElement(By.cssSelector(".feed-title")).getText()).isEqualTo("Summit: the vote");
		driver.findElement(By.cssSelector(".new-updates")).click();
		this.browser.waiting().until(ExpectedConditions.titleIs("Summit: the vote"));
	}

	private WebDriver openFeed(LiveBlog blog) {
		WebDriver driver = this.browser.open("/live/" + blog.getSlug());
		// The stream is open once the server has counted this reader.
		this.browser.waiting().until((ignored) -> this.streams.readers().getOrDefault(blog.getId(), 0) == 1);
		return driver;
	}

	private void waitForRefreshes(WebDriver driver, long atLeast) {
		this.browser.waiting()
			.until((ignored) -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.refreshes"))
				.longValue() >= atLeast);
	}

	private static String relativeTimeOf(WebDriver driver, String articleId) {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"return [...document.getElementById(arguments[0]).querySelectorAll('.entry-ago')]"
						+ ".map((label) => label.textContent).join(' | ')",
				articleId);
	}

	/** Read in one go: entries are replaced by live changes, so element handles go stale. */
	@SuppressWarnings("unchecked")
	private static Map<String, Long> relativeTimesPerEntry(WebDriver driver) {
		List<List<Object>> pairs = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(
				"return [...document.querySelectorAll('article.entry')].map((a) => [a.id, a.querySelectorAll('.entry-ago').length])");
		return pairs.stream()
			.collect(Collectors.toMap((pair) -> (String) pair.get(0), (pair) -> ((Number) pair.get(1)).longValue()));
	}

}
