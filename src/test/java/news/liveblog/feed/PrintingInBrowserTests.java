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

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

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
	private Newsroom newsroom;

	@Test
	void aPrintedFeedShowsEveryEntryAndTheKeyEventsWithoutButtonsBadgeOrNavigation() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		for (int i = 0; i < FeedController.PAGE_SIZE + 1; i++) {
			this.newsroom.publish(blog, "Update " + i + ".", Instant.now().minusSeconds(3600 - 60L * i));
		}
		this.newsroom.publishKeyEvent(blog, "The moment", "It happened.", Instant.now().minusSeconds(30));
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
