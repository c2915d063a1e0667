package news.liveblog.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;

import static news.liveblog.RealBrowser.PHONE_HEIGHT;
import static news.liveblog.RealBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's page on a 390-pixel phone in a real browser: nothing pushes it sideways, the newest update is
 * on the first screen, nothing shows twice in a row; and text in any script reads in its own direction.
 */
@ServerTest
class ReadingOnAPhoneInBrowserTests {

	private static final String LONG_URL = "https://www.consilium.europa.eu/en/press/press-releases/2024/10/17/"
			+ "european-council-conclusions-on-ukraine-middle-east-competitiveness-migration-and-other-items/";

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@BeforeEach
	void onAPhone() {
		this.browser.emulatePhone(2);
	}

	@Test
	void aLongAddressWordOrCodeDoesNotPushThePageSidewaysAndAPlainAddressIsALink() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "The conclusions: " + LONG_URL + "\n\nThe German word of the day is "
				+ "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz, says the minister.\n\n"
				+ "Run `liveblog.summit.conclusions.european_council.ukraine_middle_east_competitiveness_migration()`"
				+ " to see them.\n\n    curl https://example.org/a/very/long/path/that/goes/on/and/on/and/on/and/on/and/on",
				Instant.now().minusSeconds(60));
		Entry keyEvent = keyEvent(blog, "Leaders_agree_on_the_conclusions_about_Ukraine_and_the_Middle_East_tonight",
				Instant.now().minusSeconds(120));
		this.newsroom.publish(blog, "Headline-free update.", Instant.now().minusSeconds(180));

		WebDriver driver = open(blog);
		this.browser.screenshotOnThePhone("phone-long-text");

		assertThat(this.browser.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		WebElement link = driver.findElement(By.cssSelector(".feed-entries .entry-body a[href='" + LONG_URL + "']"));
		assertThat(link.getText()).isEqualTo(LONG_URL);
		assertThat(number(driver, "return document.querySelector('.entry-body pre').scrollWidth"))
			.as("a code block scrolls inside itself")
			.isGreaterThan(number(driver, "return document.querySelector('.entry-body pre').clientWidth"));
		assertThat(driver.findElement(By.cssSelector("#entry-" + keyEvent.getId() + " .entry-headline")).isDisplayed())
			.isTrue();
	}

	@Test
	void fifteenKeyEventsShowTheNewestFiveAndTheRestBehindAnExpanderSoTheNewestUpdateIsOnTheFirstScreen() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Instant start = Instant.now().minusSeconds(3600);
		for (int i = 1; i <= 15; i++) {
			keyEvent(blog, "Key moment number " + i + " of the summit", start.plusSeconds(60L * i));
		}
		Entry newest = this.newsroom.publish(blog, "The newest update.", Instant.now());

		WebDriver driver = open(blog);
		this.browser.screenshotOnThePhone("phone-key-events");

		assertThat(visibleKeyEventTitles(driver)).containsExactly("Key moment number 15 of the summit",
				"Key moment number 14 of the summit", "Key moment number 13 of the summit",
				"Key moment number 12 of the summit", "Key moment number 11 of the summit");
		WebElement more = driver.findElement(By.cssSelector(".key-events-more > summary"));
		assertThat(more.getText()).isEqualTo("All key events (15)");
		assertThat(number(driver, "return document.getElementById(arguments[0]).getBoundingClientRect().top",
				"entry-" + newest.getId()))
			.as("the newest update starts on the first screen")
			.isLessThan(PHONE_HEIGHT);

		more.click();

		assertThat(visibleKeyEventTitles(driver)).hasSize(15).last().isEqualTo("Key moment number 1 of the summit");
	}

	@Test
	void aPinnedEntryThatIsAlsoTheNewestShowsOnceUntilANewerOneArrives() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "An earlier update.", Instant.now().minusSeconds(120));
		Entry pinned = this.newsroom.publish(blog, "How to follow the day.", Instant.now().minusSeconds(60));
		this.newsroom.pin(blog, pinned);

		WebDriver driver = open(blog);
		this.browser.screenshotOnThePhone("phone-pinned-newest");

		assertThat(visibleArticlesSaying(driver, "How to follow the day.")).as("once, at the top, marked as pinned")
			.containsExactly("entry-" + pinned.getId());
		assertThat(driver.findElement(By.cssSelector("#entry-" + pinned.getId() + " .entry-label-pinned")).getText())
			.isEqualTo("Pinned");
		assertThat(driver.findElement(By.cssSelector(".feed-entries article.entry")).getAttribute("id"))
			.isEqualTo("entry-" + pinned.getId());

		// A newer entry arrives live: the pinned one is no longer the newest, so the block above shows it again.
		Entry newer = this.newsroom.publish(blog, "Something new happened.", Instant.now());
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + newer.getId())));
		this.browser.waiting()
			.until((ignored) -> visibleArticlesSaying(driver, "How to follow the day.")
				.equals(List.of("pinned-entry-" + pinned.getId(), "entry-" + pinned.getId())));

		// The newest entry pinned live: shown once again, and the entry pinned before is no longer marked.
		this.newsroom.pin(blog, newer);
		this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entry-" + newer.getId() + " .entry-label-pinned")));
		this.browser.waiting()
			.until((ignored) -> visibleArticlesSaying(driver, "Something new happened.")
				.equals(List.of("entry-" + newer.getId())));
		assertThat(visibleArticlesSaying(driver, "How to follow the day.")).containsExactly("entry-" + pinned.getId());
		assertThat(driver.findElements(By.cssSelector("#entry-" + pinned.getId() + " .entry-label-pinned"))).isEmpty();
	}

	@Test
	void anArabicParagraphReadsRightToLeftBesideAFrenchOneThatStaysLeftToRight() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Brussels"));
		Entry entry = this.newsroom.write(blog,
				new EntryText("قمة بروكسل", "وصل الرئيس إلى بروكسل صباح اليوم.\n\nLe président est arrivé à Bruxelles.\n\n"
						+ "- Le président est arrivé.\n- הנשיא הגיע.\n\n1. الرئيس وصل.\n2. Il est arrivé.", false),
				Publication.publishedAt(Instant.now()));

		WebDriver driver = open(blog);
		this.browser.screenshotOnThePhone("phone-right-to-left");

		String article = "#entry-" + entry.getId();
		assertThat(direction(driver, article + " .entry-headline")).isEqualTo("rtl");
		assertThat(direction(driver, article + " .entry-body p:nth-of-type(1)")).isEqualTo("rtl");
		assertThat(direction(driver, article + " .entry-body p:nth-of-type(2)")).isEqualTo("ltr");
		assertThat(direction(driver, article + " .entry-body ul li:nth-of-type(1)")).isEqualTo("ltr");
		assertThat(direction(driver, article + " .entry-body ul li:nth-of-type(2)")).isEqualTo("rtl");
		assertThat(direction(driver, article + " .entry-body ol")).as("a list reads as its first item").isEqualTo("rtl");
		assertThat(direction(driver, article + " .entry-body ol li:nth-of-type(2)")).isEqualTo("ltr");
		assertThat(fullStopIsLeftOfTheFirstLetter(driver, article + " .entry-body p:nth-of-type(1)"))
			.as("the Arabic full stop ends the line on the left")
			.isTrue();
		assertThat(fullStopIsLeftOfTheFirstLetter(driver, article + " .entry-body p:nth-of-type(2)")).isFalse();
		assertThat(this.browser.pageWidth()).as("no marker off the screen")
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/**
	 * "24 min. ago" beside a recent update's time and date wraps as a whole, on every phone from 320 to 430 pixels
	 * wide: never "24" at the end of one line and "min. ago" on the next (seen at 390 px on a Friday in December).
	 */
	@Test
	void anUpdatesMinutesAgoStayOnOneLine() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry recent = this.newsroom.publish(blog, "Ministers arrive.", Instant.now().minusSeconds(24 * 60));
		WebDriver driver = open(blog);
		String label = "#entry-" + recent.getId() + " .entry-ago";
		this.browser.waiting().until((ignored) -> !driver.findElements(By.cssSelector(label)).isEmpty());

		for (int width = 320; width <= 430; width += 2) {
			this.browser.emulatePhone(width, PHONE_HEIGHT, 2);
			assertThat(number(driver, "return document.querySelector(arguments[0]).getClientRects().length", label))
				.as("lines the label is drawn on at %d px", width)
				.isEqualTo(1);
		}
	}

	/**
	 * With the text at twice its size on the smallest phone (a reader's own setting), a key event's title goes under
	 * its time rather than being squeezed beside it a letter a line, and nothing pushes the page sideways (found by a
	 * helper reading at 200% on 320 px).
	 */
	@Test
	void withTextAtTwiceItsSizeAKeyEventsTitleGoesUnderItsTime() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry keyEvent = keyEvent(blog, "Key moment at the summit", Instant.now().minusSeconds(120));
		this.newsroom.publish(blog, "An update.", Instant.now().minusSeconds(60));
		this.browser.emulatePhone(320, PHONE_HEIGHT, 2);
		WebDriver driver = open(blog);
		this.browser.script("document.documentElement.style.fontSize = '200%'");

		String link = ".key-events a[href$='#entry-" + keyEvent.getId() + "']";
		assertThat(number(driver, "const link = document.querySelector(arguments[0]);"
				+ " return link.querySelector('.key-event-title').getBoundingClientRect().top"
				+ " - link.querySelector('.key-event-time').getBoundingClientRect().bottom", link))
			.as("the title's top below the time's bottom")
			.isGreaterThanOrEqualTo(0);
		assertThat(number(driver, "const link = document.querySelector(arguments[0]);"
				+ " return link.querySelector('.key-event-title').getBoundingClientRect().width * 2"
				+ " - link.getBoundingClientRect().width", link))
			.as("the title as wide as the list, near enough (not a letter a line)")
			.isGreaterThan(0);
		assertThat(this.browser.pageWidth()).as("nothing scrolls sideways").isLessThanOrEqualTo(320);
	}

	/** The skip link stays out of sight until focused, at twice the text size in French too (it showed half). */
	@Test
	void theSkipLinkStaysHiddenUntilFocusedWhateverItsLength() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		this.newsroom.publish(blog, "Une mise à jour.", Instant.now().minusSeconds(60));
		this.browser.emulatePhone(320, PHONE_HEIGHT, 2);
		WebDriver driver = open(blog);
		this.browser.script("document.documentElement.style.fontSize = '200%'");

		assertThat(driver.findElement(By.cssSelector(".skip-link")).getDomProperty("textContent")).isEqualTo("Aller au contenu");
		assertThat(number(driver, "return document.querySelector('.skip-link').getBoundingClientRect().bottom"))
			.as("its bottom, above the screen").isLessThanOrEqualTo(0);
		this.browser.script("document.querySelector('.skip-link').focus()");
		assertThat(number(driver, "return document.querySelector('.skip-link').getBoundingClientRect().top"))
			.as("focused, on the screen").isGreaterThanOrEqualTo(0);
	}

	private WebDriver open(LiveBlog blog) {
		return this.browser.open("/live/" + blog.getSlug());
	}

	private Entry keyEvent(LiveBlog blog, String headline, Instant at) {
		return this.newsroom.publishKeyEvent(blog, headline, "It happened.", at);
	}

	private static long number(WebDriver driver, String script, Object... args) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(script, args)).longValue();
	}

	private static String direction(WebDriver driver, String selector) {
		return (String) ((JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(document.querySelector(arguments[0])).direction", selector);
	}

	/** Where the browser draws the text's last character (its full stop) against its first one. */
	private static boolean fullStopIsLeftOfTheFirstLetter(WebDriver driver, String selector) {
		return (Boolean) ((JavascriptExecutor) driver).executeScript("""
				const text = document.querySelector(arguments[0]).firstChild;
				const at = (offset) => {
				  const range = document.createRange();
				  range.setStart(text, offset);
				  range.setEnd(text, offset + 1);
				  return range.getBoundingClientRect().left;
				};
				return at(text.length - 1) < at(0);
				""", selector);
	}

	/** Ids of the articles the reader sees (displayed, not hidden by style) whose text is this. */
	@SuppressWarnings("unchecked")
	private static List<String> visibleArticlesSaying(WebDriver driver, String text) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return [...document.querySelectorAll('article.entry')]"
						+ ".filter((a) => a.checkVisibility() && a.querySelector('.entry-body').textContent.trim() === arguments[0])"
						+ ".map((a) => a.id)",
				text);
	}

	@SuppressWarnings("unchecked")
	private static List<String> visibleKeyEventTitles(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return [...document.querySelectorAll('.key-event-title')].filter((t) => t.checkVisibility())"
						+ ".map((t) => t.textContent.trim())");
	}

}
