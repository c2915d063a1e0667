package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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

import static news.liveblog.RealBrowser.PHONE_HEIGHT;
import static news.liveblog.RealBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office in one hand, on a 390-pixel phone: nothing pushes the page sideways, every target takes a
 * thumb (44 px), a folded part shows its triangle as on a desktop, a form's problems come back in sight, the line
 * being typed stays above the composer's buttons, a preview comes in sight, the composer's Publish stays in sight while the text is being typed, with or without the
 * on-screen keyboard, and the entry list's tabs scroll sideways in one row. With
 * {@code -Dliveblog.screenshots=docs/screenshots}, saves the README's phone screenshots.
 */
@ServerTest
class PhoneInBrowserTests {

	/** What an on-screen keyboard leaves of the screen: the page shrinks to it (interactive-widget). */
	private static final int ABOVE_THE_KEYBOARD = 470;

	/** The smallest target a thumb takes reliably (WCAG 2.5.5, Apple's and Google's guidelines). */
	private static final int THUMB = 44;

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	private LiveBlog blog;

	@BeforeEach
	void aBlogWithADaysWorth() {
		this.browser.emulatePhone(2);
		this.blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Instant start = Instant.now().minus(Duration.ofHours(3));
		for (int i = 1; i <= 6; i++) {
			this.newsroom.publish(this.blog, "Update number " + i + " from the summit in Brussels.",
					start.plus(Duration.ofMinutes(10L * i)));
		}
		this.newsroom.publishKeyEvent(this.blog, "Leaders agree", "The conclusions are adopted.",
				start.plus(Duration.ofMinutes(70)));
		this.newsroom.write(this.blog, new EntryText("Quote to check", "Rutte said…", false), Publication.draft(),
				this.newsroom.actor(DemoAccounts.EDITOR));
		this.newsroom.write(this.blog, new EntryText("Press conference", "At 18:00.", false),
				Publication.scheduled(Instant.now().plus(Duration.ofHours(2))), this.newsroom.actor(DemoAccounts.EDITOR));
	}

	@Test
	void publishStaysInSightWhileTheTextIsTypedAndAboveTheKeyboard() {
		WebElement body = this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
		body.click();
		body.sendKeys("Zelensky arrives at the summit.");
		this.browser.screenshotOnThePhone("phone-composer");

		assertNoSidewaysScroll();
		assertThat(this.browser.script("return document.activeElement.id")).isEqualTo("body");
		assertInSightAndOnTop("form.composer-form button[data-publish]", PHONE_HEIGHT);

		// The keyboard takes the lower half: the page ends above it, and so does the button bar.
		this.browser.emulatePhone(PHONE_WIDTH, ABOVE_THE_KEYBOARD, 2);
		this.browser.script("document.getElementById('body').focus(); document.getElementById('body').scrollIntoView({block: 'center'})");

		this.browser.screenshot("phone-composer-above-the-keyboard", PHONE_WIDTH, ABOVE_THE_KEYBOARD);

		assertInSightAndOnTop("form.composer-form button[data-publish]", ABOVE_THE_KEYBOARD);
		assertNoSidewaysScroll();
		assertThumbSized("form.composer-form .form-actions .button, form.composer-form summary, "
				+ "form.composer-form .field-inline label, .admin-nav a, .admin-nav .button-link, .composer-links a");
		assertShownAsSomethingToOpen("form.composer-form summary");
	}

	@Test
	void theLineBeingTypedStaysAboveTheButtons() {
		WebElement body = this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
		body.click();
		for (int line = 1; line <= 7; line++) {
			body.sendKeys("Line " + line + " of the update.");
			if (line < 7) {
				body.sendKeys(Keys.ENTER);
			}
		}
		this.browser.screenshotOnThePhone("phone-composer-seven-lines");

		Map<?, ?> seen = (Map<?, ?>) this.browser.script("""
				const body = document.getElementById('body');
				const style = getComputedStyle(body);
				const line = parseFloat(style.lineHeight) || 1.5 * parseFloat(style.fontSize);
				const lines = body.value.split('\\n').length;
				const caret = body.getBoundingClientRect().top + parseFloat(style.borderTopWidth)
				    + parseFloat(style.paddingTop) + lines * line - body.scrollTop;
				return {caret, bar: document.querySelector('.composer-form .form-actions').getBoundingClientRect().top};""");
		assertThat(((Number) seen.get("caret")).doubleValue()).as("the line being typed ends above the buttons")
			.isLessThanOrEqualTo(((Number) seen.get("bar")).doubleValue());
	}

	@Test
	void aTextTooLongComesBackWithItsProblemInSightAndTheTextKept() {
		WebElement body = this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
		this.browser.script("arguments[0].value = 'Too much. '.repeat(2100);"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", body);
		this.browser.driver().findElement(By.cssSelector("form.composer-form button[data-publish]")).click();

		assertProblemInSightAndReadOut("The text can be at most 20,000 characters.");
		assertThat(this.browser.driver().findElement(By.id("body")).getDomProperty("value")).hasSize(21_000);
		this.browser.screenshotOnThePhone("phone-composer-text-too-long");
	}

	@Test
	void aTimePastToScheduleAtComesBackWithItsProblemInSight() {
		WebElement body = this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
		body.sendKeys("At the press conference.");
		this.browser.driver().findElement(By.cssSelector("details.schedule summary")).click();
		this.browser.script("document.getElementById('scheduledAt').value = '2026-01-05T09:00'");
		this.browser.driver().findElement(By.cssSelector("button[value=schedule]")).click();

		assertProblemInSightAndReadOut("This time has passed: give a time to come, or publish now.");
	}

	@Test
	void aPreviewAskedForIsInSightAndReadOut() {
		WebElement body = this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
		body.sendKeys("**Zelensky** arrives at the summit.");
		this.browser.driver().findElement(By.cssSelector("form.composer-form button[value=preview]")).click();

		WebElement preview = this.browser.waiting()
			.until((driver) -> driver.findElements(By.cssSelector("section.preview")).stream().findFirst().orElse(null));
		Map<?, ?> seen = (Map<?, ?>) this.browser.script("""
				const box = arguments[0].querySelector('.entry-body').getBoundingClientRect();
				return {top: box.top, bottom: box.bottom, focused: document.activeElement === arguments[0]};""", preview);
		assertThat(((Number) seen.get("top")).doubleValue()).as("the previewed text's top in sight").isGreaterThanOrEqualTo(0);
		assertThat(((Number) seen.get("bottom")).doubleValue()).as("and its end").isLessThanOrEqualTo(PHONE_HEIGHT);
		assertThat(seen.get("focused")).as("focused, so read out").isEqualTo(true);
		assertThat(preview.findElement(By.cssSelector(".entry-body strong")).getText()).isEqualTo("Zelensky");
		this.browser.screenshotOnThePhone("phone-composer-preview");
	}

	@Test
	void aCoverageEndingBeforeItStartsComesBackWithTheSettingsProblemInSight() {
		this.browser.signInAt("/admin/blogs/" + this.blog.getSlug() + "/edit", DemoAccounts.ADMIN);
		this.browser.script("document.getElementById('coverageStart').value = '2026-12-03T18:00';"
				+ "document.getElementById('coverageEnd').value = '2026-12-03T08:00'");
		this.browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

		WebElement problems = this.browser.waiting()
			.until((driver) -> driver.findElements(By.cssSelector("[data-form-problems]")).stream().findFirst().orElse(null));
		assertThat(problems.getText()).contains("The coverage cannot end before it starts.");
		Map<?, ?> seen = (Map<?, ?>) this.browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return {top: box.top, bottom: box.bottom, focused: document.activeElement === arguments[0]};""",
				problems);
		assertThat(((Number) seen.get("top")).doubleValue()).as("its top in sight").isGreaterThanOrEqualTo(0);
		assertThat(((Number) seen.get("bottom")).doubleValue()).as("and its end").isLessThanOrEqualTo(PHONE_HEIGHT);
		assertThat(seen.get("focused")).as("focused, so read out").isEqualTo(true);
	}

	/** The form's problems, at its top, wholly in sight above the buttons, focused (read out), with these words. */
	private void assertProblemInSightAndReadOut(String words) {
		WebElement problems = this.browser.waiting()
			.until((driver) -> driver.findElements(By.cssSelector("[data-form-problems]")).stream().findFirst().orElse(null));
		assertThat(problems.getText()).contains(words);
		Map<?, ?> seen = (Map<?, ?>) this.browser.script("""
				const box = arguments[0].getBoundingClientRect();
				const bar = document.querySelector('.composer-form .form-actions').getBoundingClientRect().top;
				return {top: box.top, bottom: box.bottom, bar, focused: document.activeElement === arguments[0]};""",
				problems);
		assertThat(((Number) seen.get("top")).doubleValue()).as("its top in sight").isGreaterThanOrEqualTo(0);
		assertThat(((Number) seen.get("bottom")).doubleValue()).as("above the buttons")
			.isLessThanOrEqualTo(((Number) seen.get("bar")).doubleValue());
		assertThat(seen.get("focused")).as("focused, so read out").isEqualTo(true);
	}

	@Test
	void theEntryListFitsThePhoneAndItsTabsScrollSidewaysInOneRow() {
		this.browser.signInAt(list(), DemoAccounts.EDITOR);
		this.browser.waiting()
			.until((ignored) -> !this.browser.driver().findElements(By.cssSelector("#entries [data-entry-id]")).isEmpty());
		this.browser.screenshotOnThePhone("phone-entry-list");

		assertNoSidewaysScroll();
		Map<?, ?> tabs = (Map<?, ?>) this.browser.script("""
				const tabs = document.querySelector('.entry-tabs');
				const first = tabs.querySelector('.entry-tab').getBoundingClientRect();
				const last = [...tabs.querySelectorAll('.entry-tab')].pop().getBoundingClientRect();
				return {scrolls: tabs.scrollWidth > tabs.clientWidth, oneRow: first.top === last.top};""");
		assertThat(tabs.get("scrolls")).as("the tabs scroll sideways").isEqualTo(true);
		assertThat(tabs.get("oneRow")).as("in one row").isEqualTo(true);
		assertThat(this.browser.script("""
				const field = document.getElementById('entry-search');
				const style = getComputedStyle(field);
				const context = document.createElement('canvas').getContext('2d');
				context.font = `${style.fontSize} ${style.fontFamily}`;
				const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return context.measureText(field.placeholder).width <= room;"""))
			.as("the search field's placeholder is read whole (it was cut: \"Search the headlines and te\")")
			.isEqualTo(true);
		assertThumbSized(".entry-tab, .entry-search input, .entry-search button, .entry-whose a, "
				+ ".admin-entry-actions > .button, .admin-entry-actions summary, .admin-entry-actions form > .button, "
				+ ".entry-list-more .button");
		assertShownAsSomethingToOpen(".admin-entry-actions summary");
	}

	/** Pinning an entry far down the composer's list comes back to that entry, marked, not to the list's top. */
	@Test
	void anEntryPinnedFarDownTheListIsInSightAfterward() {
		List<Entry> earliest = this.newsroom.storedEntries(this.blog);
		Entry first = earliest.stream().filter((entry) -> entry.getBodySource().startsWith("Update number 1 ")).findFirst()
			.orElseThrow();
		this.browser.signInToWriteAt(composer(), DemoAccounts.EDITOR);
		WebElement pin = this.browser.driver()
			.findElement(By.cssSelector("#admin-entry-" + first.getId() + " form[action*='/pin'] button"));
		this.browser.script("arguments[0].scrollIntoView({ block: 'center' })", pin);
		pin.click();

		this.browser.waiting().until(ExpectedConditions.urlContains("#admin-entry-" + first.getId()));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#admin-entry-" + first.getId() + " form[action*='/unpin']")));
		this.browser.screenshotOnThePhone("phone-pinned-far-down");
		Map<?, ?> seen = (Map<?, ?>) this.browser.script("""
				const entry = document.getElementById(arguments[0]);
				const box = entry.getBoundingClientRect();
				return {top: box.top, bottom: box.bottom, height: window.innerHeight, marked: entry.matches(':target')};""",
				"admin-entry-" + first.getId());
		assertThat(((Number) seen.get("top")).doubleValue()).as("the entry's top, in sight").isGreaterThanOrEqualTo(0);
		assertThat(((Number) seen.get("bottom")).doubleValue()).as("its bottom, in sight")
			.isLessThanOrEqualTo(((Number) seen.get("height")).doubleValue());
		assertThat(seen.get("marked")).isEqualTo(true);
	}

	private void assertNoSidewaysScroll() {
		assertThat(this.browser.pageWidth())
			.as("nothing pushes the page sideways")
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/** Wholly within the screen's height, and what a thumb on its middle would touch. */
	private void assertInSightAndOnTop(String selector, int height) {
		Map<?, ?> seen = (Map<?, ?>) this.browser.script("""
				const button = document.querySelector(arguments[0]);
				const box = button.getBoundingClientRect();
				const touched = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return {top: box.top, bottom: box.bottom, onTop: button === touched || button.contains(touched),
				        innerHeight: window.innerHeight};""", selector);
		assertThat(((Number) seen.get("innerHeight")).intValue()).isEqualTo(height);
		assertThat(((Number) seen.get("top")).doubleValue()).as("%s top", selector).isGreaterThanOrEqualTo(0);
		assertThat(((Number) seen.get("bottom")).doubleValue()).as("%s bottom", selector).isLessThanOrEqualTo(height);
		assertThat(seen.get("onTop")).as("%s not covered", selector).isEqualTo(true);
	}

	/** Each folded part's summary with its disclosure triangle, as on a desktop: a list item's marker. */
	private void assertShownAsSomethingToOpen(String selector) {
		@SuppressWarnings("unchecked")
		List<String> unmarked = (List<String>) this.browser.script("""
				return [...document.querySelectorAll(arguments[0])]
				  .filter((e) => e.offsetParent !== null)
				  .filter((e) => getComputedStyle(e).display !== 'list-item' || getComputedStyle(e).listStyleType === 'none')
				  .map((e) => e.textContent.trim());""", selector);
		assertThat(this.browser.driver().findElements(By.cssSelector(selector))).isNotEmpty();
		assertThat(unmarked).as("summaries without their triangle").isEmpty();
	}

	private void assertThumbSized(String selector) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> small = (List<Map<String, Object>>) this.browser.script("""
				return [...document.querySelectorAll(arguments[0])]
				  .filter((e) => e.offsetParent !== null)
				  .map((e) => ({what: e.outerHTML.slice(0, 80), height: e.getBoundingClientRect().height}))
				  .filter((e) => e.height < arguments[1]);""", selector, THUMB);
		assertThat(small).as("targets under %d px", THUMB).isEmpty();
	}

	private String composer() {
		return "/admin/live/" + this.blog.getSlug();
	}

	private String list() {
		return composer() + "/entries";
	}

}
