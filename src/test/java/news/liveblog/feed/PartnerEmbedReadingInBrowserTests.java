package news.liveblog.feed;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, with the default setting (any site may frame the embed): a page on another origin shows
 * the blog in its frame, and the reader reads on inside it: older updates come into the frame below the
 * others, a key event of the page is jumped to in place, neither opening a tab nor leaving the blog.
 */
@ServerTest
class PartnerEmbedReadingInBrowserTests {

	private static final PartnerSite ANY_SITE = PartnerSite.start();

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@AfterAll
	static void closeSite() {
		ANY_SITE.close();
	}

	@Test
	void olderUpdatesComeIntoTheFrameAndKeyEventsAreJumpedToInPlace() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		List<Long> ids = this.newsroom.publishInBursts(blog, FeedController.PAGE_SIZE + 5, 1);
		Entry keyEvent = this.newsroom.publishKeyEvent(blog, "Agreement reached", "Both sides signed.", Instant.now());
		WebDriver driver = this.browser.driver();
		driver.get(ANY_SITE.page("/any.html", "<iframe data-liveblog-embed src=\"" + this.browser.url("/live/"
				+ blog.getSlug() + "/embed") + "\" style=\"width:100%;height:800px;border:0\"></iframe>"));
		driver.switchTo().frame(driver.findElement(By.cssSelector("iframe[data-liveblog-embed]")));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + keyEvent.getId())));
		assertThat(entriesShown()).hasSize(FeedController.PAGE_SIZE);

		driver.findElement(By.cssSelector(".pager a[rel=next]")).click();

		this.browser.waiting().until((ignored) -> entriesShown().size() == ids.size() + 1);
		assertThat(entriesShown().getLast()).isEqualTo("entry-" + ids.getFirst());
		assertThat(driver.findElements(By.cssSelector(".pager"))).as("nothing older").isEmpty();

		driver.findElement(By.cssSelector(".key-events a[data-entry-id='" + keyEvent.getId() + "']")).click();
		this.browser.waiting().until((ignored) -> (Boolean) this.browser.script(
				"const top = document.getElementById(arguments[0]).getBoundingClientRect().top; return top >= 0 && top < 100",
				"entry-" + keyEvent.getId()));

		assertThat(driver.getWindowHandles()).as("no tab opened").hasSize(1);
		assertThat(this.browser.script("return location.pathname")).isEqualTo("/live/" + blog.getSlug() + "/embed");
	}

	@SuppressWarnings("unchecked")
	private List<String> entriesShown() {
		return (List<String>) this.browser
			.script("return [...document.querySelectorAll('.feed-entries > article.entry')].map((entry) => entry.id)");
	}

}
