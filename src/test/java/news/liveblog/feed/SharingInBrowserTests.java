package news.liveblog.feed;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.TestBlogs;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, an entry's "Copy link" puts its page's address on the clipboard and says so to screen
 * readers; "Share" does the same where the browser has no share sheet.
 */
@ServerTest
class SharingInBrowserTests {

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
	void copyLinkPutsTheEntrysAddressOnTheClipboardAndSaysSo() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		TestBlogs.publish(this.entries, blog, "Earlier.", Instant.now().minusSeconds(120));
		Entry entry = TestBlogs.publish(this.entries, blog, "Worth sharing.", Instant.now().minusSeconds(60));
		String permalink = TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId();
		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/live/" + blog.getSlug());

		WebElement copy = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entry-" + entry.getId() + " .entry-share-copy")));
		copy.click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".share-status"), permalink));
		WebElement status = driver.findElement(By.cssSelector(".share-status"));
		assertThat(status.getAttribute("textContent")).isEqualTo("Link copied: " + permalink);
		assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(clipboard(driver)).isEqualTo(permalink);
		assertThat(copy.getText()).as("the button confirms it too").isEqualTo("Copied");
	}

	@Test
	void withoutAShareSheetShareCopiesTheLinkInstead() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		Entry entry = TestBlogs.publish(this.entries, blog, "Worth sharing.", Instant.now().minusSeconds(60));
		String permalink = TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId();
		WebDriver driver = this.browser.driver();
		driver.get("http://localhost:" + this.port + "/live/" + blog.getSlug() + "/entries/" + entry.getId());
		((JavascriptExecutor) driver).executeScript("delete Navigator.prototype.share");

		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".entry-share-share")))
			.click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".share-status"),
					"Link copied: " + permalink));
		assertThat(clipboard(driver)).isEqualTo(permalink);
	}

	/** What the page's clipboard holds, read back through the page (allowed for this test's browser). */
	private String clipboard(WebDriver driver) {
		this.browser.allowClipboardReading();
		return (String) ((JavascriptExecutor) driver)
			.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('failed: ' + e))");
	}

}
