package news.liveblog.backoffice;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real browser: signs in, writes an entry, presses Ctrl+Enter, and readers see it on top.
 */
@ServerTest
class PublishingInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void editorPublishesAndTheEntryHeadsThePublicFeed() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "An earlier update.", Instant.now().minusSeconds(600));
		WebDriver driver = this.browser.driver();

		// Signing in leads back to the composer that was asked for.
		WebElement body = this.browser.signInToWriteAt("/admin/live/" + blog.getSlug(), DemoAccounts.EDITOR);
		driver.findElement(By.id("headline")).sendKeys("Zelensky arrives at NATO");
		body.sendKeys("Volodymyr Zelensky **has arrived** at the NATO headquarters.");
		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));
		assertThat(driver.findElement(By.cssSelector(".flash-done")).getText()).isEqualTo("Published.");
		assertThat(driver.findElement(By.id("body")).getAttribute("value")).as("the composer is empty again").isEmpty();
		WebElement newest = driver.findElement(By.cssSelector(".admin-entry-list > li"));
		assertThat(newest.findElement(By.cssSelector(".entry-headline")).getText()).isEqualTo("Zelensky arrives at NATO");
		this.browser.screenshot("composer", 1280, 1400);

		this.browser.open("/live/" + blog.getSlug());
		WebElement top = driver.findElement(By.cssSelector(".feed-entries article.entry"));
		assertThat(top.findElement(By.cssSelector(".entry-headline")).getText()).isEqualTo("Zelensky arrives at NATO");
		assertThat(top.findElement(By.cssSelector(".entry-body strong")).getText()).isEqualTo("has arrived");
		assertThat(top.findElement(By.cssSelector(".entry-author")).getText()).isEqualTo("By Demo Editor");
	}

}
