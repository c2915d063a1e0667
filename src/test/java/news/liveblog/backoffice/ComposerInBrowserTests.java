package news.liveblog.backoffice;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.NewAccount;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, what an editor writes is never lost and never goes out twice: a session that ends
 * under the text, a reload or a closed tab, a network that drops, a paste far over the limit, and the
 * browser's Back after publishing.
 */
@ServerTest
class ComposerInBrowserTests {

	private static final By PUBLISH = By.cssSelector("form.composer-form button[data-publish]");

	/** Where the composer says the session ended, at the top of the screen; its words, once said. */
	private static final By SESSION_ENDED_HOLDER = By.id("session-ended");

	private static final By SESSION_ENDED = By.cssSelector("#session-ended p");

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	private ChromeDriver driver;

	private LiveBlog blog;

	@BeforeEach
	void openABlog() {
		this.driver = this.browser.driver();
		this.blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
	}

	// 1. The session ends while writing

	@Test
	void aSessionEndedUnderANewEntryLeadsThroughSignInBackToTheTextWhichThenPublishesOnce() {
		openComposer();
		type("headline", "Session ran out");
		type("body", "Written while the session ran out, word for word.");
		waitForDraft("new");

		endSession();
		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.urlContains("/admin/login"));
		assertThat(this.driver.findElement(By.cssSelector("main .flash-problem")).getText())
			.startsWith("Your session had ended, so nothing was sent.");
		this.browser.signIn(DemoAccounts.EDITOR);
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url(composer())));
		this.browser.waiting().until((d) -> "Written while the session ran out, word for word.".equals(value("body")));
		assertThat(value("headline")).isEqualTo("Session ran out");
		assertThat(this.driver.findElement(By.cssSelector(".draft-notice")).getText())
			.startsWith("The text you had not sent is back");

		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(published()).extracting(Entry::getBodySource)
			.containsExactly("Written while the session ran out, word for word.");
		assertThat(draft("new")).as("forgotten once published").isNull();
	}

	@Test
	void aTextWrittenWhileAnAdminGaveTheBlogANewAddressIsGivenBackThereAndPublishesOnce() {
		openComposer();
		type("body", "Written while the blog moved.");
		waitForDraft("new");

		this.blog = this.newsroom.move(this.blog, Newsroom.uniqueSlug());
		this.browser.open(composer());

		this.browser.waiting().until((d) -> "Written while the blog moved.".equals(value("body")));
		assertThat(this.driver.findElement(By.cssSelector(".draft-notice")).getText())
			.startsWith("The text you had not sent is back");
		this.driver.findElement(PUBLISH).click();
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(published()).extracting(Entry::getBodySource).containsExactly("Written while the blog moved.");
		assertThat(draft("new")).as("forgotten once published").isNull();
	}

	@Test
	void aTextKeptUnderTheBlogsAddressByTheEarlierVersionOfThePageIsGivenBack() {
		openComposer();
		this.browser.script("localStorage.setItem(arguments[0], JSON.stringify({ savedAt: Date.now(), values: "
				+ "{ body: 'Kept before the upgrade.' } }))",
				"liveblog.draft." + DemoAccounts.EDITOR + "/" + this.blog.getSlug() + "/new");

		this.driver.navigate().refresh();

		this.browser.waiting().until((d) -> "Kept before the upgrade.".equals(value("body")));
		assertThat(draft("new")).asString().contains("Kept before the upgrade.");
		assertThat(this.browser.script("return localStorage.getItem(arguments[0])",
				"liveblog.draft." + DemoAccounts.EDITOR + "/" + this.blog.getSlug() + "/new")).isNull();
	}

	@Test
	void aSessionEndedUnderACorrectionLeadsBackToTheCorrectionWhichThenSavesOnce() {
		Entry entry = this.newsroom.publish(this.blog, "The first text.", Instant.now().minusSeconds(60));
		String edit = composer() + "/entries/" + entry.getId() + "/edit";
		WebElement body = this.browser.signInToWriteAt(edit, DemoAccounts.EDITOR);
		body.clear();
		body.sendKeys("The corrected text.");
		waitForDraft(Long.toString(entry.getId()));

		endSession();
		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.urlContains("/admin/login"));
		this.browser.signIn(DemoAccounts.EDITOR);
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url(edit)));
		this.browser.waiting().until((d) -> "The corrected text.".equals(value("body")));

		this.driver.findElement(PUBLISH).click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Correction published."));
		assertThat(this.newsroom.entries().find(this.blog.getId(), entry.getId()).orElseThrow().getBodySource())
			.isEqualTo("The corrected text.");
		assertThat(this.newsroom.entries().revisions(entry.getId())).hasSize(1);
		assertThat(draft(Long.toString(entry.getId()))).isNull();
	}

	@Test
	void whileTheEditorWritesTheSessionIsKeptAliveAndAnEndedOneIsToldAtOnce() {
		// The page's clock can be moved on, so minutes of work take no minutes of test.
		this.browser.runBeforeEveryPage("(() => { const real = Date.now.bind(Date); window.skewMs = 0; "
				+ "Date.now = () => real() + window.skewMs; })();");
		openComposer();
		type("body", "Writing for a long time.");
		assertThat(sessionChecks()).as("just opened: nothing to keep alive yet").isZero();
		Object before = lastAccess();

		moveClock(3);
		assertThat(sessionChecks()).as("an idle editor's session is left to end").isZero();
		type("body", " Still writing.");

		this.browser.waiting().until((d) -> sessionChecks() == 1);
		this.browser.waiting().until((d) -> !lastAccess().equals(before));

		endSession();
		moveClock(3);
		type("body", " And more.");

		WebElement notice = this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(SESSION_ENDED));
		assertThat(notice.getText()).startsWith("Your session has ended. Your text is kept in this browser");
		assertThat(notice.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo(composer() + "?resume");
		assertThat(value("body")).isEqualTo("Writing for a long time. Still writing. And more.");
	}

	@Test
	void anEditorWhoseAccountAnAdminDisablesWhileWritingIsToldSoAndTheTextIsKept() {
		Editor editor = newEditor();
		String username = editor.getUsername();
		this.browser.runBeforeEveryPage("(() => { const real = Date.now.bind(Date); window.skewMs = 0; "
				+ "Date.now = () => real() + window.skewMs; })();");
		this.browser.signInToWriteAt(composer(), username);
		type("body", "Written while an admin disabled the account.");
		this.browser.waiting().until((d) -> this.browser.keptDraft(username, this.blog, "new") != null);

		this.accounts.setEnabled(editor.getId(), false, Actor.application("test"));
		moveClock(3);
		type("body", " Still writing.");

		WebElement notice = this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(SESSION_ENDED));
		assertThat(notice.getText()).startsWith("An admin has disabled your account, so nothing can be sent. "
				+ "Your text is kept in this browser");

		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.urlContains("/admin/login"));
		assertThat(this.driver.findElement(By.cssSelector("main .flash-problem")).getText())
			.startsWith("An admin has disabled your account, so nothing was sent.");
		assertThat(published()).isEmpty();
		assertThat((String) this.browser.keptDraft(username, this.blog, "new"))
			.contains("Written while an admin disabled the account. Still writing.");
	}

	@Test
	void aSessionEndedWhileTheEditorWritesFarDownTheFormIsSaidInSightOnADesktop() {
		this.driver.manage().window().setSize(new Dimension(1280, 1000));
		anEndedSessionIsSaidInSightAndItsLinkLeadsBackToTheText("composer-session-ended-desktop");
	}

	@Test
	void aSessionEndedWhileTheEditorWritesFarDownTheFormIsSaidInSightOnAPhone() {
		this.browser.emulatePhone(2);
		anEndedSessionIsSaidInSightAndItsLinkLeadsBackToTheText("composer-session-ended-phone");
	}

	/**
	 * The editor has scrolled down the form, the header out of sight, and types on after the session ended: the
	 * notice is on the screen, not above it nor below the fold, and not covered, nor covers the text being typed; the
	 * header no longer says they are signed in; its link signs in and gives the text back.
	 */
	private void anEndedSessionIsSaidInSightAndItsLinkLeadsBackToTheText(String screenshot) {
		this.browser.runBeforeEveryPage("(() => { const real = Date.now.bind(Date); window.skewMs = 0; "
				+ "Date.now = () => real() + window.skewMs; })();");
		openComposer();
		type("headline", "Out of sight");
		this.browser.script("const body = document.getElementById('body');"
				+ "window.scrollTo(0, body.getBoundingClientRect().top + window.scrollY - 8)");
		type("body", "Written before the coffee break.");
		waitForDraft("new");
		assertThat(((Number) this.browser.script("return window.scrollY")).doubleValue())
			.as("the header is out of sight")
			.isGreaterThan(0);

		endSession();
		moveClock(3);
		type("body", " And after it.");

		WebElement notice = this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(SESSION_ENDED));
		assertThat(notice.getText()).startsWith("Your session has ended. Your text is kept in this browser");
		assertThat(this.driver.findElement(SESSION_ENDED_HOLDER).getDomAttribute("aria-live")).isEqualTo("assertive");
		assertThat((Boolean) this.browser.script("""
				const box = arguments[0].getBoundingClientRect();
				const link = arguments[0].querySelector('a').getBoundingClientRect();
				const atLink = document.elementFromPoint(link.left + link.width / 2, link.top + link.height / 2);
				return box.top >= 0 && box.bottom <= window.innerHeight && arguments[0].contains(atLink);
				""", notice)).as("on the screen, and its link not covered").isTrue();
		assertThat((Boolean) this.browser.script("""
				const field = document.getElementById('body').getBoundingClientRect();
				return field.top >= arguments[0].getBoundingClientRect().bottom && field.top < window.innerHeight;
				""", notice)).as("the text being typed in sight below it, not under it").isTrue();
		assertThat(this.driver.findElement(By.cssSelector(".admin-signout")).getText()).doesNotContain("Signed in as")
			.startsWith("Session ended");
		assertThat(this.driver.findElements(By.cssSelector(".admin-signout button"))).as("nothing to sign out of").isEmpty();
		assertThat(value("body")).isEqualTo("Written before the coffee break. And after it.");
		if (screenshot.endsWith("phone")) {
			this.browser.assertFitsThePhone(screenshot);
		}
		else {
			this.browser.screenshot(screenshot, 1280, 1000);
		}

		this.browser.script("window.scrollTo(0, 0)");
		if (screenshot.endsWith("phone")) {
			this.browser.screenshotOnThePhone(screenshot + "-top");
		}
		else {
			this.browser.screenshot(screenshot + "-top", 1280, 1000);
		}

		notice.findElement(By.tagName("a")).click();

		this.browser.waiting().until(ExpectedConditions.urlContains("/admin/login"));
		this.browser.signIn(DemoAccounts.EDITOR);
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url(composer())));
		this.browser.waiting().until((d) -> "Written before the coffee break. And after it.".equals(value("body")));
		assertThat(value("headline")).isEqualTo("Out of sight");
		assertThat(this.driver.findElement(SESSION_ENDED_HOLDER).getText()).as("signed in again: nothing to say")
			.isEmpty();
		assertThat(this.driver.findElement(By.cssSelector(".admin-signout")).getText()).startsWith("Signed in as");
	}

	@Test
	void afterSigningInAgainInAnotherTabTheComposerSendsWithTheNewSessionsToken() {
		openComposer();
		type("body", "Written in the first tab.");
		signOutAndInAsTheDemoEditorInAnotherTab();

		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(published()).extracting(Entry::getBodySource).containsExactly("Written in the first tab.");
	}

	@Test
	void signedInToAnotherAccountInAnotherTabTheComposerSendsNothingUnderThatNameAndSaysSo() {
		this.browser.signInToWriteAt(composer(), newEditor().getUsername());
		type("body", "Written as the first account.");
		signOutAndInAsTheDemoEditorInAnotherTab();

		this.driver.findElement(PUBLISH).click();

		WebElement notice = this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(SESSION_ENDED));
		assertThat(notice.getText()).startsWith("This browser is now signed in to another account, in another tab, "
				+ "so this page sends nothing as it is.");
		assertThat(this.driver.getCurrentUrl()).as("the page and its text stay").isEqualTo(this.browser.url(composer()));
		assertThat(value("body")).isEqualTo("Written as the first account.");
		assertThat(published()).as("nothing under the other account's name").isEmpty();
	}

	/** An editor account of the test's own, to disable or to tell apart: its password is its username, as the demo accounts' are. */
	private Editor newEditor() {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 18);
		return this.accounts.create(new NewAccount(username, "Tester " + username, username, EditorRole.EDITOR),
				Actor.application("test"));
	}

	/** In a new tab: signs out, signs in as the demo editor, and comes back to the tab it was in. */
	private void signOutAndInAsTheDemoEditorInAnotherTab() {
		String first = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(WindowType.TAB);
		this.browser.open("/admin");
		this.driver.findElement(By.cssSelector(".admin-signout button")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/admin/login"));
		this.browser.signIn(DemoAccounts.EDITOR);
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url("/admin")));
		this.driver.switchTo().window(first);
	}

	// 2. A reload, a closed tab

	@Test
	void whatIsTypedComesBackAfterAReloadAndInANewTabAndIsForgottenOncePublished() {
		openComposer();
		type("body", "Typed, then the tab went away.");
		waitForDraft("new");

		this.driver.navigate().refresh();

		this.browser.waiting().until((d) -> "Typed, then the tab went away.".equals(value("body")));
		assertThat(this.driver.findElement(By.cssSelector(".draft-notice")).getText())
			.startsWith("The text you had not sent is back");

		String first = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(WindowType.TAB);
		String second = this.driver.getWindowHandle();
		this.driver.switchTo().window(first).close();
		this.driver.switchTo().window(second);
		this.browser.open(composer());
		this.browser.waiting().until((d) -> "Typed, then the tab went away.".equals(value("body")));

		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(draft("new")).isNull();
		this.driver.navigate().refresh();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
		assertThat(value("body")).isEmpty();
		assertThat(this.driver.findElements(By.cssSelector(".draft-notice"))).isEmpty();
		assertThat(published()).hasSize(1);
	}

	@Test
	void aTextGivenBackSaysWhatCameBackWithItFromTheFoldedParts() {
		openComposer();
		type("body", "With a photo of the hall.");
		this.driver.executeScript("const field = document.getElementById('imageUrl'); field.value = arguments[0];"
				+ "field.dispatchEvent(new Event('input', {bubbles: true}))", "https://example.com/hall.jpg");
		this.browser.waiting().until((d) -> String.valueOf(draft("new")).contains("hall.jpg"));

		this.driver.navigate().refresh();

		this.browser.waiting().until((d) -> "With a photo of the hall.".equals(value("body")));
		assertThat(this.driver.findElement(By.cssSelector(".draft-notice")).getText())
			.contains("Back with it: an image. Check them before you publish.");
		assertThat(this.driver.findElement(By.id("imageUrl")).isDisplayed()).as("its part unfolded").isTrue();
	}

	@Test
	void aPreviewSaysWhenAnImageCannotBeLoadedFromItsAddress() {
		openComposer();
		type("body", "The hall, pictured.");
		this.driver.executeScript("const field = document.getElementById('imageUrl'); field.value = arguments[0];"
				+ "field.dispatchEvent(new Event('input', {bubbles: true}))", "https://images.invalid/hall.jpg");
		this.driver.executeScript("document.getElementById('imageAlt').value = 'The hall'");

		this.driver.findElement(By.cssSelector("form.composer-form button[value=preview]")).click();

		WebElement warning = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.preview .image-not-loaded")));
		assertThat(warning.getText()).startsWith("This image could not be loaded from its address");
		assertThat(published()).isEmpty();
	}

	@Test
	void aCorrectionNotSavedIsOfferedBackOverTheEntryAsItIs() {
		Entry entry = this.newsroom.publish(this.blog, "As published.", Instant.now().minusSeconds(60));
		String edit = composer() + "/entries/" + entry.getId() + "/edit";
		WebElement body = this.browser.signInToWriteAt(edit, DemoAccounts.EDITOR);
		body.clear();
		body.sendKeys("A correction not saved yet.");
		waitForDraft(Long.toString(entry.getId()));

		this.driver.navigate().refresh();

		WebElement notice = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-notice")));
		assertThat(notice.getText()).startsWith("This browser kept a text you had not sent");
		assertThat(value("body")).as("the entry as it is, until the editor chooses").isEqualTo("As published.");
		notice.findElement(By.xpath(".//button[. = 'Put it back']")).click();
		assertThat(value("body")).isEqualTo("A correction not saved yet.");
	}

	/** Dated by the blog's clock, and named as the server names it ("CET", where the browser's own name is "GMT+1"). */
	@Test
	void aKeptTextIsDatedOnTheBlogsClockForAnEditorInAnotherZone() {
		ZoneId brussels = ZoneId.of("Europe/Brussels");
		this.blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, brussels);
		this.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
		openComposer();
		type("body", "Written in Tokyo for a blog on Brussels time.");
		waitForDraft("new");
		Instant savedAt = Instant.ofEpochMilli(((Number) this.driver.executeScript(
				"return JSON.parse(arguments[0]).savedAt", this.browser.keptDraft(DemoAccounts.EDITOR, this.blog, "new")))
			.longValue());

		this.driver.navigate().refresh();

		WebElement notice = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-notice")));
		Matcher time = Pattern.compile("at (\\d{1,2}):(\\d{2})(?:[\\s\\u202f]?[AP]M)? (\\S+?)[.,]?\\s").matcher(notice.getText() + " ");
		assertThat(time.find()).as(notice.getText()).isTrue();
		ZonedDateTime inBrussels = savedAt.atZone(brussels);
		assertThat(Integer.parseInt(time.group(1)) % 12).as("the hour, on the blog's clock")
			.isEqualTo(inBrussels.getHour() % 12);
		assertThat(Integer.parseInt(time.group(2))).isEqualTo(inBrussels.getMinute());
		assertThat(time.group(3)).as("the zone, named as everywhere in the back office")
			.isEqualTo(this.blog.printZone(savedAt));
	}

	// 3. No network

	@Test
	void withoutNetworkTheComposerSaysSoKeepsTheTextAndSendsItOnceWhenBack() {
		openComposer();
		type("body", "Sent from between two cells.");
		waitForDraft("new");

		network(false);
		this.driver.findElement(PUBLISH).click();

		WebElement status = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".composer-status-problem")));
		assertThat(status.getText()).startsWith("The server cannot be reached (no network?). Nothing was sent.");
		assertThat(URI.create(this.driver.getCurrentUrl()).getPath()).as("still the composer").isEqualTo(composer());
		assertThat(value("body")).isEqualTo("Sent from between two cells.");
		assertThat(this.driver.findElement(PUBLISH).getText()).as("the button given back").isEqualTo("Publish");
		assertThat(published()).isEmpty();

		network(true);
		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(published()).extracting(Entry::getBodySource).containsExactly("Sent from between two cells.");
	}

	@Test
	void onASlowConnectionThePressedButtonSaysItIsSendingUntilThePublishedPageComes() {
		openComposer();
		type("body", "Sent over a crowded press-room network.");
		waitForDraft("new");
		network(true, Duration.ofMillis(1500));

		this.driver.findElement(PUBLISH).click();

		this.browser.waiting().until(ExpectedConditions.textToBe(PUBLISH, "Sending…"));
		assertThat(this.driver.findElement(By.id("composer")).getDomAttribute("aria-busy")).isEqualTo("true");
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(this.driver.findElement(PUBLISH).getText()).isEqualTo("Publish");
		assertThat(published()).extracting(Entry::getBodySource).containsExactly("Sent over a crowded press-room network.");
	}

	// 4. A long paste

	@Test
	void aPasteFarOverTheLimitIsKeptWholeCountedAndRefusedWithEverythingKept() {
		openComposer();
		String pasted = "A long paste of a speech, sentence after sentence. ".repeat(800).substring(0, 39_220);
		this.driver.findElement(By.id("body")).click();

		this.driver.executeCdpCommand("Input.insertText", Map.of("text", pasted));

		assertThat(value("body")).as("nothing cut").hasSize(39_220);
		WebElement counter = this.driver.findElement(By.id("body-count"));
		assertThat(counter.isDisplayed()).isTrue();
		assertThat(counter.getText()).isEqualTo(
				"39,220 of 20,000 characters: 19,220 too many. Nothing is cut; shorten it before sending.");

		this.driver.findElement(PUBLISH).click();

		WebElement error = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("body-error")));
		assertThat(error.getText()).contains("19,220 too many");
		assertThat(value("body")).isEqualTo(pasted);
		assertThat(published()).isEmpty();
	}

	@Test
	void aPasteTooLargeForTheServerToReadIsNotSentAndStaysWhole() {
		openComposer();
		// 80,000 characters of 3 bytes, each byte sent as %XX: about 720 KB, over the 512 KB the server reads.
		String pasted = "\u8BB0".repeat(80_000);
		this.driver.findElement(By.id("body")).click();
		this.driver.executeCdpCommand("Input.insertText", Map.of("text", pasted));

		this.driver.findElement(PUBLISH).click();

		WebElement status = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".composer-status-problem")));
		assertThat(status.getText()).startsWith("Nothing was sent: this text is so far over the limit");
		assertThat(URI.create(this.driver.getCurrentUrl()).getPath()).isEqualTo(composer());
		assertThat(value("body")).isEqualTo(pasted);
	}

	// 6. Back after publishing

	@Test
	void backAfterPublishingBringsAnEmptyComposerThatCannotPublishTheTextAgain() {
		openComposer();
		type("headline", "Once only");
		type("body", "Published once, then Back was pressed.");
		this.driver.findElement(By.id("keyEvent1")).click();
		this.driver.findElement(PUBLISH).click();
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));

		this.driver.navigate().back();

		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
		this.browser.waiting()
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		assertThat(value("body")).isEmpty();
		assertThat(value("headline")).isEmpty();
		assertThat(this.driver.findElement(By.id("keyEvent1")).isSelected()).isFalse();
		this.driver.findElement(By.id("body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		this.driver.findElement(PUBLISH).click();
		assertThat(published()).hasSize(1);
	}

	@Test
	void aCorrectionRefusedBecauseTheEntryWasRetractedMeanwhileOffersNoKeptTextThatIsTheSame() {
		Entry entry = this.newsroom.publish(this.blog, "The bridge is closed.", Instant.now().minusSeconds(60));
		// Waits for the correction form: the sign-in's redirect may still be loading when the click returns.
		this.browser.signInToWriteAt(composer() + "/entries/" + entry.getId() + "/edit", DemoAccounts.EDITOR);
		type("body", " Both ways.");
		waitForDraft(Long.toString(entry.getId()));
		this.newsroom.entries().retract(this.blog.getId(), entry.getId(), "Not confirmed", Newsroom.DESK);

		this.driver.findElement(By.cssSelector("form.composer-form button[data-publish]")).click();

		// The page that refused it (the live notice of the retraction, in the form, may have come first).
		By refused = By.cssSelector("main > .flash-problem[role=note]");
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(refused,
				"write it as a new entry"));
		assertThat(value("body")).isEqualTo("The bridge is closed. Both ways.");
		assertThat(this.driver.findElements(By.cssSelector(".draft-notice"))).as("nothing else kept to put back")
			.isEmpty();

		// The text, as it is, into the composer as a new entry: in preview there, nothing sent yet.
		this.driver.findElement(refused).findElement(By.xpath(".//button[normalize-space()='Write it as a new entry']")).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.browser.url(composer() + "/entries")));
		assertThat(value("body")).isEqualTo("The bridge is closed. Both ways.");
		assertThat(this.driver.findElement(By.cssSelector(".preview")).getText()).contains("Both ways.");
		assertThat(published()).as("only the retracted one was ever published").isEmpty();
		// Kept in this browser as the new entry's text at once: the editor may leave without typing a word.
		waitForDraft("new");
		this.browser.open(composer());
		this.browser.waiting().until((d) -> "The bridge is closed. Both ways.".equals(value("body")));
	}

	/**
	 * An editor sends a reporter's submission back from the queue: the text the edit page kept in this browser is
	 * the reporter's, now theirs again. Kept, it would be offered later as the editor's own ("Put it back"), over the
	 * reporter's next version.
	 */
	@Test
	void aSubmissionSentBackFromTheQueueLeavesNothingKeptToOfferLater() {
		Entry submitted = this.newsroom.write(this.blog, new EntryText(null, "Zelensky lands in Brussels.", false),
				Publication.submitted(), this.newsroom.actor(DemoAccounts.REPORTER));
		String entry = Long.toString(submitted.getId());
		this.browser.signInToWriteAt(composer() + "/entries/" + entry + "/edit", DemoAccounts.EDITOR);
		this.driver.findElement(By.cssSelector("details.send-back > summary")).click();
		type("reviewNote", "Which airport?");
		waitForDraft(entry);

		this.driver.findElement(By.cssSelector("button[value=send_back]")).click();

		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-queue"), "Nothing is waiting"));
		assertThat(draft(entry)).isNull();
		assertThat(this.newsroom.stored(this.blog, submitted.getId()).getStatus()).isEqualTo(EntryStatus.DRAFT);
	}

	/**
	 * Pinned from far down the list, the page comes back at that entry, and so does the keyboard: the next Tab goes
	 * on from it, not from the top of the page.
	 */
	@Test
	void afterPinningFromTheListTheFocusIsOnThatEntry() {
		Entry entry = this.newsroom.publish(this.blog, "Leaders arrive at the summit.", Instant.now().minusSeconds(60));
		String item = "admin-entry-" + entry.getId();
		this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);

		this.driver.findElement(By.cssSelector("#" + item + " form[action*='/pin'] button")).click();

		this.browser.waiting().until(ExpectedConditions.urlContains("#" + item));
		this.browser.waiting()
			.until((driver) -> item.equals(this.browser.script("return document.activeElement.id")));
		assertThat(this.newsroom.entries().findPinned(this.blog.getId())).map(Entry::getId).hasValue(entry.getId());
	}

	/**
	 * A text kept while an entry is pinned comes back at once into the empty composer, and publishing it pinned
	 * replaces the entry pinned now (named beside the box), not the one pinned when the text was kept: that one came
	 * back with it, and Publish was refused as if a colleague had just pinned another.
	 */
	@Test
	void aTextKeptWhileAnEntryIsPinnedComesBackAtOnceAndPinsInPlaceOfTheOnePinnedNow() {
		Entry first = this.newsroom.publish(this.blog, "Leaders arrive.", Instant.now().minusSeconds(600));
		this.newsroom.pin(this.blog, first);
		openComposer();
		type("body", "Zelensky lands in Brussels.");
		waitForDraft("new");
		Entry theirs = this.newsroom.publish(this.blog, "Rutte speaks.", Instant.now().minusSeconds(60));
		this.newsroom.pin(this.blog, theirs);

		this.driver.navigate().refresh();

		this.browser.waiting().until((driver) -> "Zelensky lands in Brussels.".equals(value("body")));
		assertThat(this.driver.findElement(By.cssSelector("label[for=composer-pin-box]")).getText())
			.isEqualTo("Pin above the feed, in place of “Rutte speaks.”");
		this.driver.findElement(By.id("composer-pin-box")).click();
		this.driver.findElement(PUBLISH).click();
		this.browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".flash-done"), "Published."));
		assertThat(this.driver.findElements(By.cssSelector(".flash-problem"))).isEmpty();
		assertThat(this.newsroom.entries().findPinned(this.blog.getId()).map(Entry::getBodySource))
			.hasValue("Zelensky lands in Brussels.");
	}

	// 7. Other scripts

	/** A quote in Arabic reads right to left as it is typed, in the composer as on the readers' page. */
	@Test
	void aTextInARightToLeftScriptIsTypedRightToLeft() {
		openComposer();
		type("headline", "Summit opens");
		type("body", "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0625\u0646 \u0627\u0644\u0642\u0645\u0629 \u0628\u062f\u0623\u062a.");

		assertThat(this.browser.script("return document.getElementById('body').matches(':dir(rtl)')")).isEqualTo(true);
		assertThat(this.browser.script("return document.getElementById('headline').matches(':dir(ltr)')")).isEqualTo(true);
	}

	private void openComposer() {
		this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
	}

	private void type(String field, String text) {
		this.driver.findElement(By.id(field)).sendKeys(text);
	}

	private String value(String field) {
		return this.driver.findElement(By.id(field)).getDomProperty("value");
	}

	/** The text this browser keeps for a form of this blog ("new" or an entry's id), or null. */
	private Object draft(String entry) {
		return this.browser.keptDraft(DemoAccounts.EDITOR, this.blog, entry);
	}

	private void waitForDraft(String entry) {
		this.browser.waiting().until((d) -> draft(entry) != null);
	}

	private long sessionChecks() {
		return (Long) this.driver.executeScript("return performance.getEntriesByType('resource')"
				+ ".filter((entry) => entry.name.endsWith('/admin/session')).length");
	}

	private void moveClock(int minutes) {
		this.driver.executeScript("window.skewMs += arguments[0] * 60000", minutes);
	}

	private Object lastAccess() {
		String id = this.browser.sessionId();
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, id);
	}

	/** As a timeout, signing out in another tab or a password reset does: the session's row is gone. */
	private void endSession() {
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", this.browser.sessionId()))
			.isEqualTo(1);
	}

	private void network(boolean online) {
		network(online, Duration.ZERO);
	}

	/** @param latency added to every request, as a crowded mobile network adds it */
	private void network(boolean online, Duration latency) {
		this.driver.executeCdpCommand("Network.enable", Map.of());
		this.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency",
				latency.toMillis(), "downloadThroughput", -1, "uploadThroughput", -1));
	}

	private List<Entry> published() {
		return this.newsroom.entries().backOfficeList(this.blog.getId())
			.stream()
			.filter((entry) -> entry.getStatus() == EntryStatus.PUBLISHED)
			.toList();
	}

	private String composer() {
		return "/admin/live/" + this.blog.getSlug();
	}

}
