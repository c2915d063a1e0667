package news.liveblog.desk;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry list follows the desk without a form in use: when the session ends under it (here: its row is gone, as
 * after a timeout or a sign-out elsewhere), the next time its stream reopens (every few seconds here, every half
 * hour as the app runs) the page says at the top that it no longer updates, with a link that signs in and comes
 * back to it, and its header no longer says it is signed in. Signed in again in another tab, it is as before once
 * the editor comes back to it, and follows the desk again.
 */
@ServerTest
@TestPropertySource(properties = "liveblog.desk.stream-timeout=PT2S")
class SessionEndedOnTheDeskInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anEntryListWhoseSessionEndedSaysItNoLongerUpdatesAndLeadsBackThroughSignIn() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Already on the list.", Instant.now().minusSeconds(60));
		String list = "/admin/live/" + blog.getSlug() + "/entries";
		this.browser.signInAt(list, DemoAccounts.EDITOR);
		WebDriver page = this.browser.driver();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		assertThat(page.findElement(By.id("session-ended")).getText()).isEmpty();

		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", this.browser.sessionId()))
			.isEqualTo(1);

		WebElement said = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#session-ended p")));
		assertThat(said.getText()).startsWith("Your session has ended, so this page no longer shows");
		assertThat(page.findElement(By.cssSelector(".admin-signout")).getText()).as("the header")
			.doesNotContain("Signed in as")
			.startsWith("Session ended");
		assertThat(page.findElements(By.cssSelector(".admin-signout button"))).as("nothing to sign out of").isEmpty();
		this.browser.screenshot("desk-session-ended", 1280, 800);
		said.findElement(By.linkText("Sign in again")).click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		this.browser.signIn(DemoAccounts.EDITOR);
		this.browser.waiting().until(ExpectedConditions.urlContains(list));
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		assertThat(page.findElement(By.id("session-ended")).getText()).isEmpty();
		assertThat(page.findElement(By.cssSelector(".admin-signout")).getText()).startsWith("Signed in as");
	}

	/**
	 * A composer left idle with a text in it: the desk's stream is the first to find the session ended, and the page
	 * says so in the composer's words (the text is kept, and comes back after signing in), not the entry list's.
	 */
	@Test
	void aComposerLeftIdleWhenTheSessionEndsSaysItsTextIsKept() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement text = this.browser.signInToWriteAt("/admin/live/" + blog.getSlug(), DemoAccounts.EDITOR);
		text.sendKeys("Half a sentence, then a phone call");
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));

		this.jdbc.update("delete from spring_session where session_id = ?", this.browser.sessionId());

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-ended"),
					"Your session has ended. Your text is kept in this browser"));
		assertThat(this.browser.driver().findElements(By.linkText("Sign in again")))
			.as("in the notice and in the header, back to the text")
			.hasSize(2)
			.allSatisfy((link) -> assertThat(link.getDomAttribute("href")).endsWith("?resume"));
	}

	@Test
	void signedInAgainInAnotherTabThePageTakesItBackAndFollowsTheDeskAgainOnceTheEditorReturnsToIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String list = "/admin/live/" + blog.getSlug() + "/entries";
		this.browser.signInAt(list, DemoAccounts.EDITOR);
		WebDriver page = this.browser.driver();
		String listTab = page.getWindowHandle();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		this.jdbc.update("delete from spring_session where session_id = ?", this.browser.sessionId());
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#session-ended p")));

		page.switchTo().newWindow(WindowType.TAB);
		this.browser.signInAt("/admin", DemoAccounts.EDITOR);
		// Signed in, before going back (under load, the first tab asked while the sign-in was still on its way).
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url("/admin")));
		page.switchTo().window(listTab);

		this.browser.waiting().until((driver) -> driver.findElement(By.id("session-ended")).getText().isEmpty());
		assertThat(page.findElement(By.cssSelector(".admin-signout")).getText()).startsWith("Signed in as");
		assertThat(page.findElements(By.cssSelector(".admin-signout button"))).as("Sign out is back").hasSize(1);
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		this.newsroom.publish(blog, "Published by a colleague meanwhile.", Instant.now());
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"),
					"Published by a colleague meanwhile."));
	}

}
