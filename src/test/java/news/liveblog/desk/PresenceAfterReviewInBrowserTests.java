package news.liveblog.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter's "My submissions" says which one an editor is reviewing; once the editor sends it back, it no longer
 * says so, without waiting for the page's next heartbeat (a minute here, so that waiting for it would show).
 */
@ServerTest
@TestPropertySource(properties = { "liveblog.desk.presence.heartbeat=PT60S", "liveblog.desk.presence.expire-after=PT120S" })
class PresenceAfterReviewInBrowserTests {

	@RegisterExtension
	final RealBrowser reporter = new RealBrowser();

	@RegisterExtension
	final RealBrowser editor = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void aReportersSubmissionSentBackIsNoLongerMarkedAsBeingCorrected() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry submitted = this.newsroom.write(blog, new EntryText(null, "Zelensky lands in Brussels.", false),
				Publication.submitted(), this.newsroom.actor(DemoAccounts.REPORTER));
		String composer = "/admin/live/" + blog.getSlug();
		this.editor.signInToWriteAt(composer + "/entries/" + submitted.getId() + "/edit", DemoAccounts.EDITOR);
		this.reporter.signInToWriteAt(composer, DemoAccounts.REPORTER);
		By marker = By.cssSelector("#my-submission-" + submitted.getId() + " [data-presence-marker]");
		this.reporter.waiting().until(ExpectedConditions.visibilityOfElementLocated(marker));
		this.reporter.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));

		this.editor.driver().findElement(By.cssSelector("details.send-back > summary")).click();
		this.editor.driver().findElement(By.id("reviewNote")).sendKeys("Which airport?");
		this.editor.driver().findElement(By.cssSelector("button[value=send_back]")).click();

		this.reporter.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-submission-" + submitted.getId()),
					"Which airport?"));
		this.reporter.waiting().until(ExpectedConditions.invisibilityOfElementLocated(marker));
		assertThat(this.reporter.driver().findElements(marker)).isEmpty();
	}

}
