package news.liveblog.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.TestBlogs;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed, a feed is the story on paper: every entry and the key events, one column, without the buttons,
 * the live badge or the navigation.
 */
@ServerTest
class PrintingInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Entries entries;

	@Test
	void aPrintedFeedShowsEveryEntryAndTheKeyEventsWithoutButtonsBadgeOrNavigation() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		for (int i = 0; i < FeedController.PAGE_SIZE + 1; i++) {
			TestBlogs.publish(this.entries, blog, "Update " + i + ".", Instant.now().minusSeconds(3600 - 60L * i));
		}
		TestBlogs.publishKeyEvent(this.entries, blog, "The moment", "It happened.", Instant.now().minusSeconds(30));
		ChromeDriver driver = this.browser.open("/live/" + blog.getSlug());
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".entry-share")));

		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		assertThat(driver.findElements(By.cssSelector(".feed-entries article.entry")))
			.hasSize(FeedController.PAGE_SIZE)
			.allSatisfy((entry) -> assertThat(entry.isDisplayed()).isTrue());
		assertThat(driver.findElement(By.cssSelector(".key-events")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".feed-layout")).getCssValue("display"))
			.as("one column on paper").isEqualTo("block");
		List<WebElement> hidden = driver.findElements(By.cssSelector(
				".entry-share, .feed-status .badge, .feed-order, .pager, .new-updates, .skip-link"));
		assertThat(hidden).isNotEmpty().allSatisfy((element) -> assertThat(element.isDisplayed()).isFalse());
	}

}
