package news.liveblog.backoffice;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter submits from a 390-pixel phone and follows what became of it; an editor works through the
 * review queue on one: nothing scrolls sideways, every button is thumb-sized, and the main one is on the
 * first screen of the form's buttons.
 */
@ServerTest
class ReviewOnAPhoneInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void aReporterSubmitsFromAPhoneAndAnEditorSendsItBackFromTheQueueOnOne() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		this.browser.emulatePhone(1);
		WebElement body = this.browser.signInToWriteAt("/admin/live/" + blog.getSlug(), DemoAccounts.REPORTER);
		body.sendKeys("Zelensky arrives at NATO headquarters, met by the Secretary General.");
		this.browser.assertFitsThePhone("reporter-composer");
		WebElement submit = this.browser.driver().findElement(By.cssSelector("form#composer button[value=submit]"));
		RealBrowser.assertThumbSized(List.of(submit));
		submit.click();

		WebElement mine = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#my-submissions [data-entry-id]")));
		assertThat(mine.getText()).containsIgnoringCase("Waiting for review");
		Entry submitted = this.newsroom.storedEntries(blog).getFirst();
		assertThat(submitted.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
		this.browser.assertFitsThePhone("reporter-submissions");

		this.browser.driver().manage().deleteAllCookies();
		this.browser.signInAt("/admin/live/" + blog.getSlug() + "/review", DemoAccounts.EDITOR);
		WebElement open = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#review-queue a.button")));
		this.browser.assertFitsThePhone("editor-review-queue");
		RealBrowser.assertThumbSized(List.of(open));
		open.click();

		WebElement publish = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=publish]")));
		RealBrowser.assertThumbSized(this.browser.driver().findElements(By.cssSelector(".form-actions button")));
		WebElement sendBack = this.browser.driver().findElement(By.cssSelector("details.send-back > summary"));
		RealBrowser.assertThumbSized(List.of(publish, sendBack));
		sendBack.click();
		this.browser.driver().findElement(By.id("reviewNote")).sendKeys("Which Secretary General? Name him.");
		this.browser.assertFitsThePhone("editor-send-back");
		this.browser.driver().findElement(By.cssSelector("button[value=send_back]")).click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#review-queue"), "Nothing"));
		Entry sentBack = this.newsroom.stored(blog, submitted.getId());
		assertThat(sentBack.getStatus()).isEqualTo(EntryStatus.DRAFT);
		assertThat(sentBack.getReviewNote()).isEqualTo("Which Secretary General? Name him.");
	}

}
