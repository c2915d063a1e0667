package news.liveblog.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed, a feed is the story on paper: every entry and the key events, one column, without the buttons,
 * the live badge or the navigation.
 */
@ServerTest
class PrintingInBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Entries entries;

	private RealBrowser browser;

	@BeforeEach
	void startBrowser() {
		this.browser = RealBrowser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aPrintedFeedShowsEveryEntryAndTheKeyEventsWithoutButtonsBadgeOrNavigation() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		for (int i = 0; i < FeedController.PAGE_SIZE + 1; i++) {
			TestBlogs.publish(this.entries, blog, "Update " + i + ".", Instant.now().minusSeconds(3600 - 60L * i));
		}
		this.entries.write(blog.getId(), new EntryText("The moment", "It happened.", true),
				Publication.publishedAt(Instant.now().minusSeconds(30)), false, UUID.randomUUID(), TestBlogs.DESK);
		ChromeDriver driver = (ChromeDriver) this.browser.driver();
		driver.get("http://localhost:" + this.port + "/live/" + blog.getSlug());
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
