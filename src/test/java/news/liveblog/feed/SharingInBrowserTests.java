package news.liveblog.feed;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, an entry's "Copy link" puts its page's address on the clipboard and says so to screen
 * readers; "Share" is offered only where the browser has a share sheet, and copies the link when the sheet is
 * refused.
 */
@ServerTest
class SharingInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void copyLinkPutsTheEntrysAddressOnTheClipboardAndSaysSo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Earlier.", Instant.now().minusSeconds(120));
		Entry entry = this.newsroom.publish(blog, "Worth sharing.", Instant.now().minusSeconds(60));
		String permalink = TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId();
		WebDriver driver = this.browser.open("/live/" + blog.getSlug());

		WebElement copy = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entry-" + entry.getId() + " .entry-share-copy")));
		copy.click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".share-status"), permalink));
		WebElement status = driver.findElement(By.cssSelector(".share-status"));
		assertThat(status.getAttribute("textContent")).isEqualTo("Link copied: " + permalink);
		assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(clipboard()).isEqualTo(permalink);
		assertThat(copy.getText()).as("the button confirms it too").isEqualTo("Copied");
	}

	@Test
	void aBrowserWithoutAShareSheetIsOfferedOnlyCopyLink() {
		assertThat(shownButtonsWhere("delete Navigator.prototype.share"))
			.as("Share would be a second way to copy the same link").containsExactly("Copy link");
	}

	@Test
	void aBrowserWithAShareSheetIsOfferedBoth() {
		assertThat(shownButtonsWhere("Navigator.prototype.share = () => Promise.resolve()"))
			.containsExactly("Copy link", "Share");
	}

	/** The sharing buttons an entry shows in a browser whose navigator.share the script sets up. */
	private List<String> shownButtonsWhere(String navigatorShare) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Worth sharing.", Instant.now().minusSeconds(60));
		this.browser.runBeforeEveryPage(navigatorShare);
		WebDriver driver = this.browser.open("/live/" + blog.getSlug());
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entry-" + entry.getId() + " .entry-share-copy")));
		return driver.findElements(By.cssSelector("#entry-" + entry.getId() + " .entry-share button")).stream()
			.filter(WebElement::isDisplayed).map(WebElement::getText).toList();
	}

	@Test
	void whenTheShareSheetIsRefusedShareCopiesTheLinkInstead() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Worth sharing.", Instant.now().minusSeconds(60));
		String permalink = TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId();
		this.browser.runBeforeEveryPage(
				"Navigator.prototype.share = () => Promise.reject(new DOMException('no gesture', 'NotAllowedError'))");
		this.browser.open("/live/" + blog.getSlug() + "/entries/" + entry.getId());

		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".entry-share-share")))
			.click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".share-status"),
					"Link copied: " + permalink));
		assertThat(clipboard()).isEqualTo(permalink);
	}

	@Test
	void whereTheBrowserWillNotCopyTheLinkIsShownSelectedForTheReaderToCopy() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Worth sharing.", Instant.now().minusSeconds(60));
		String permalink = TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.getId();
		WebDriver driver = this.browser.open("/live/" + blog.getSlug());
		// A browser, or an embedding page's policy, that refuses both ways of copying.
		this.browser.script("navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));"
				+ "document.execCommand = () => false;");

		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entry-" + entry.getId() + " .entry-share-copy")))
			.click();

		WebElement shown = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entry-" + entry.getId() + " .entry-share-link")));
		assertThat(shown.getText()).as("said in sight, not only to screen readers")
			.startsWith("The link could not be copied. Here it is:");
		WebElement field = shown.findElement(By.tagName("input"));
		assertThat(field.getDomProperty("value")).isEqualTo(permalink);
		assertThat(driver.switchTo().activeElement()).isEqualTo(field);
		assertThat(this.browser.script("return getSelection().toString() || document.activeElement.value.substring("
				+ "document.activeElement.selectionStart, document.activeElement.selectionEnd)")).isEqualTo(permalink);
	}

	/** What the page's clipboard holds, read back through the page (allowed for this test's browser). */
	private String clipboard() {
		this.browser.allowClipboardReading();
		return (String) this.browser.driver()
			.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('failed: ' + e))");
	}

}
