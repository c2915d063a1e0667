package news.liveblog.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.live.SseClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static news.liveblog.RealBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors in two real browsers: one opens an entry's correction, the other sees who is correcting it, in
 * the composer's list and on the entry's own page, before anyone meets the conflict page (and the composer's
 * readers now follow the blog's open pages); when the first browser dies (no goodbye), its presence ends
 * within the expiry. Heartbeats and expiry are shortened here (1 s and 4 s instead of 10 s and 30 s), so
 * that the test waits seconds, not half a minute.
 */
@ServerTest
@TestPropertySource(properties = { "liveblog.desk.presence.heartbeat=PT1S", "liveblog.desk.presence.expire-after=PT4S" })
class PresenceInBrowserTests {

	private static final Duration HEARTBEAT = Duration.ofSeconds(1);

	private static final Duration EXPIRY = Duration.ofSeconds(4);

	private static final By MARKER = By.cssSelector("[data-presence-marker]");

	private static final By ON_THE_DESK = By.cssSelector("[data-presence-desk]");

	private static final By CORRECTING_THIS = By.cssSelector("[data-presence-editing]");

	@RegisterExtension
	final RealBrowser editor = new RealBrowser();

	@RegisterExtension
	final RealBrowser admin = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@LocalServerPort
	private int port;

	@Test
	void theOtherEditorSeesWhoIsCorrectingAnEntryUntilTheirBrowserDies() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "NATO leaders meet in Brussels.", Instant.now());
		String composer = "/admin/live/" + blog.getSlug();
		String correction = composer + "/entries/" + entry.getId() + "/edit";
		this.editor.signInToWriteAt(correction, "editor");

		this.admin.signInToWriteAt(composer, "admin");
		By listItem = By.cssSelector("[data-entry-id='" + entry.getId() + "']");
		WebElement marker = this.admin.waiting()
			.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(listItem, MARKER))
			.getFirst();
		assertThat(marker.getText()).isEqualTo("Demo Editor is correcting");
		this.admin.script("arguments[0].scrollIntoView({ block: 'center' })", marker);
		this.admin.screenshot("desk-list-marker", 1280, 1000);
		// A colleague publishes: desk.js brings the list back without markers, and the last answer's come back.
		Entry another = this.newsroom.publish(blog, "Leaders arrive at the summit.", Instant.now());
		this.admin.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-entry-id='" + another.getId() + "']")));
		// At once, not at the next heartbeat.
		assertThat(this.admin.driver().findElement(listItem).findElement(MARKER).getText())
			.isEqualTo("Demo Editor is correcting");
		assertThat(this.admin.driver().findElement(ON_THE_DESK).getText()).as("never yourself")
			.isEqualTo("On the desk: Demo Editor");
		By readersNow = By.cssSelector("[data-presence-readers-now]");
		assertThat(this.admin.driver().findElement(readersNow).getText()).isEqualTo("0");
		try (SseClient reader = SseClient.connect(this.port, "/live/" + blog.getSlug() + "/events", null)) {
			// With the heartbeat, as the instance records its open pages.
			this.admin.waiting().until(ExpectedConditions.textToBe(readersNow, "1"));
			assertThat(this.admin.driver().findElement(By.cssSelector("[data-presence-readers-peak]")).getText())
				.isEqualTo("1");
		}

		this.admin.open(correction);
		WebElement correctingThis = this.admin.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(CORRECTING_THIS));
		assertThat(correctingThis.getText()).startsWith("Demo Editor is correcting this (since ");
		this.admin.screenshot("desk-correcting-this", 1280, 800);
		assertThat(this.editor.waiting().until(ExpectedConditions.visibilityOfElementLocated(CORRECTING_THIS)).getText())
			.as("and the other way round")
			.startsWith("Demo Admin is correcting this (since ");

		// The editor's browser dies: whatever goodbye its page would say is lost, as with a crash.
		this.editor.script("navigator.sendBeacon = () => true");
		this.editor.driver().quit();

		// Gone once the last heartbeat is older than the expiry, as the admin's next heartbeat hears.
		new WebDriverWait(this.admin.driver(), EXPIRY.plus(HEARTBEAT.multipliedBy(5)))
			.until(ExpectedConditions.invisibilityOfElementLocated(CORRECTING_THIS));
		assertThat(this.admin.driver().findElements(CORRECTING_THIS).getFirst().getText()).isEmpty();
	}

	@Test
	void onAPhoneTheDeskTakesTwoShortLinesAboveTheForm() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String composer = "/admin/live/" + blog.getSlug();
		this.editor.signInToWriteAt(composer, "editor");
		this.admin.emulatePhone(3);

		this.admin.signInToWriteAt(composer, "admin");
		this.admin.waiting()
			.until(ExpectedConditions.textToBe(ON_THE_DESK, "On the desk: Demo Editor"));

		assertThat(this.admin.pageWidth()).as("no sideways scroll")
			.isLessThanOrEqualTo(PHONE_WIDTH);
		WebElement desk = this.admin.driver().findElement(By.cssSelector(".desk-status"));
		double lineHeight = ((Number) this.admin.script(
				"return parseFloat(getComputedStyle(arguments[0]).lineHeight)", desk)).doubleValue();
		int oneLine = (int) Math.ceil(lineHeight) + 1;
		assertThat(desk.findElement(By.cssSelector(".desk-readers")).getRect().getHeight()).isLessThanOrEqualTo(oneLine);
		assertThat(desk.findElement(ON_THE_DESK).getRect().getHeight()).as("names cut, never wrapped")
			.isLessThanOrEqualTo(oneLine);
		int height = desk.getRect().getHeight();
		assertThat(height).as("two lines at most").isLessThanOrEqualTo(2 * oneLine);
		this.admin.screenshotOnThePhone("phone-composer-desk");
		int publishWithTheLine = publishButtonTop();
		this.admin.script("document.querySelector('.desk-status').remove()");
		assertThat(publishWithTheLine - publishButtonTop()).as("the desk pushes the form down by its own lines, no more")
			.isLessThanOrEqualTo(height + 16);
		assertThat(this.admin.consoleSinceLastCall()).as("no script error on the way")
			.noneMatch((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
	}

	@Test
	void onAPhoneTheDashboardShowsEachBlogsReadersWithoutScrollingSideways() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.admin.emulatePhone(3);

		this.admin.signInAt("/admin", "admin");
		WebElement readersNow = this.admin.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-readers-now='" + blog.getSlug() + "']")));

		assertThat(readersNow.getText()).isEqualTo("0");
		assertThat(this.admin.pageWidth()).as("no sideways scroll")
			.isLessThanOrEqualTo(PHONE_WIDTH);
		this.admin.screenshotOnThePhone("phone-dashboard-readers");
	}

	private int publishButtonTop() {
		return ((Number) this.admin.script(
				"return document.querySelector('[data-publish]').getBoundingClientRect().top + window.scrollY"))
			.intValue();
	}

}
