package news.liveblog.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin on a phone adds an endpoint, copies its secret with the button, and reads in the log that the next
 * entry reached the receiver: every page fits 390 px, its buttons are thumb-sized, and nothing breaks the CSP.
 */
@ServerTest
class WebhooksOnAPhoneInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	private final Receiver receiver = Receiver.start();

	@AfterEach
	void closeReceiver() {
		this.receiver.close();
	}

	@Test
	void anAdminAddsAnEndpointCopiesItsSecretAndSeesTheDeliveryOnAPhone() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		this.browser.emulatePhone(1);
		this.browser.allowClipboardReading();
		this.browser.signInAt("/admin/blogs/" + blog.getSlug() + "/edit", DemoAccounts.ADMIN);
		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".blog-webhooks-link a")))
			.click();

		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("url"))).sendKeys(this.receiver.url());
		this.browser.driver().findElement(By.id("description")).sendKeys("Regional partner");
		this.browser.assertFitsThePhone("webhooks-empty");
		this.browser.driver().findElement(By.cssSelector("form[action$=webhooks] button[type=submit]")).click();

		WebElement copy = this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-copy-secret]")));
		String secret = this.browser.driver().findElement(By.id("webhook-secret")).getDomProperty("value");
		assertThat(secret).startsWith("whsec_");
		this.browser.assertFitsThePhone("webhook-secret");
		RealBrowser.assertThumbSized(List.of(copy));
		copy.click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-secret-status"), "Copied."));
		assertThat(this.browser.script("return navigator.clipboard.readText()")).isEqualTo(secret);
		assertThat(noProblems(this.browser.consoleSinceLastCall())).isTrue();

		this.browser.driver().findElement(By.cssSelector("main a.button")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".webhook")));
		assertThat(this.browser.driver().getPageSource()).doesNotContain(secret);
		this.browser.assertFitsThePhone("webhooks-list");
		RealBrowser.assertThumbSized(this.browser.driver().findElements(By.cssSelector(".webhook-actions .button")));

		this.newsroom.publish(blog, "Polls open at eight.", Instant.now());
		await().atMost(Duration.ofSeconds(20)).until(() -> this.receiver.accepted().size() == 1);
		assertThat(SignatureCheck.valid(secret, this.receiver.accepted().getFirst())).isTrue();
		this.browser.driver().findElement(By.linkText("Delivery log")).click();
		WebElement row = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".webhook-delivery")));
		assertThat(row.getText()).contains("entry.published").contains("delivered").contains("200");
		this.browser.assertFitsThePhone("webhook-log");
	}

	private static boolean noProblems(List<LogEntry> console) {
		assertThat(console).extracting(LogEntry::getMessage).noneMatch((message) -> message.contains("Content Security Policy")
				|| message.contains("Refused") || message.contains("Uncaught"));
		return true;
	}

}
