package news.liveblog.backoffice;

import org.junit.jupiter.api.BeforeEach;
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
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My drafts" follows an editor from device to device: a draft saved on the phone is in the laptop's
 * "Mine" drafts, opens there for editing as saved, and a text the laptop's browser kept from before does
 * not cover the newer one; it is only offered.
 */
@ServerTest
class DraftsAcrossDevicesInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	private ChromeDriver driver;

	private LiveBlog blog;

	@BeforeEach
	void openABlog() {
		this.driver = this.browser.driver();
		this.blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
	}

	@Test
	void aDraftSavedOnThePhoneOpensOnTheLaptopAsSavedAndTheLaptopsOlderTextIsOnlyOffered() {
		Entry draft = this.newsroom.write(this.blog, new EntryText("Rutte quote", "First words.", false),
				Publication.draft(), this.newsroom.actor(DemoAccounts.EDITOR));
		this.newsroom.write(this.blog, new EntryText("Someone else's", "Not mine.", false), Publication.draft());
		// On the laptop, earlier: a few words typed into the draft and never sent.
		WebElement body = this.browser.signInToWriteAt(edit(draft), DemoAccounts.EDITOR);
		body.sendKeys(" Typed on the laptop.");
		this.browser.waiting().until((ignored) -> kept(draft) != null);
		// On the phone, later: the draft written on and saved.
		this.newsroom.entries()
			.rewrite(this.blog.getId(), draft.getId(), draft.getVersion(),
					new EntryText("Rutte quote", "First words. Written on the phone.", false), Publication.draft(), null,
					this.newsroom.actor(DemoAccounts.EDITOR));

		this.browser.open("/admin/live/" + this.blog.getSlug() + "/entries?tab=drafts&mine=true");
		assertThat(this.driver.findElements(By.cssSelector("#entries [data-entry-id]")))
			.extracting((item) -> item.getAttribute("data-entry-id"))
			.containsExactly(Long.toString(draft.getId()));
		this.driver.findElement(By.cssSelector("#admin-entry-" + draft.getId() + " a.button")).click();

		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url(edit(draft))));
		assertThat(value("body")).isEqualTo("First words. Written on the phone.");
		WebElement notice = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-notice")));
		assertThat(notice.getText()).contains("written before the version saved since");

		// Put back on purpose, it goes with the version it was written over: the server merges, never overwrites.
		notice.findElement(By.xpath(".//button[normalize-space()='Put it back']")).click();
		assertThat(value("body")).isEqualTo("First words. Typed on the laptop.");
		assertThat(value("version")).isEqualTo(Long.toString(draft.getVersion()));
	}

	private String edit(Entry entry) {
		return "/admin/live/" + this.blog.getSlug() + "/entries/" + entry.getId() + "/edit";
	}

	private String value(String field) {
		return this.driver.findElement(By.id(field)).getDomProperty("value");
	}

	/** The text this browser keeps for the entry's form, or null. */
	private Object kept(Entry entry) {
		return this.browser.keptDraft(DemoAccounts.EDITOR, this.blog, entry.getId());
	}

}
