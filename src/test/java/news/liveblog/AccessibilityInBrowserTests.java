package news.liveblog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (src/test/resources/axe) run in Chromium on the pages people use most: the feed in French and in
 * English (with its key events and pinned entry), an entry's own page, the sign-in page and the composer; and
 * the pages that print an entry with a code block (the feed, in order, its own page, the embed).
 * Any serious or critical violation of WCAG 2.1 A/AA rules fails the test, naming the rule and the elements.
 */
@ServerTest
class AccessibilityInBrowserTests {

	private static final String AXE = axeSource();

	/** Runs axe on the page and answers its serious and critical violations, one line each. */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			  .then((results) => done(results.violations
			    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
			    .map((violation) => violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
			      + violation.nodes.map((node) => node.target.join(' ')).join(', '))))
			  .catch((error) => done(['axe failed: ' + error]));
			""";

	/** The site's focus outline (liveblog.css, --focus): what every control shows when the keyboard reaches it. */
	private static final String SITE_FOCUS_OUTLINE = "3px solid rgb(242, 183, 5)";

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void theFeedInFrenchHasNoSeriousViolations() {
		assertThat(violationsAt("/live/" + DemoLiveBlog.SLUG)).isEmpty();
	}

	@Test
	void theFeedInEnglishWithKeyEventsAndAPinnedEntryHasNoSeriousViolations() {
		assertThat(violationsAt("/live/" + DemoLiveBlog.ENGLISH_SLUG)).isEmpty();
	}

	@Test
	void anEntrysOwnPageHasNoSeriousViolations() {
		String permalink = this.browser.open("/live/" + DemoLiveBlog.SLUG)
			.findElement(By.cssSelector(".feed-entries article.entry a.entry-permalink"))
			.getAttribute("href");
		assertThat(violationsAt(permalink.replaceFirst("^https?://[^/]+", ""))).isEmpty();
	}

	@Test
	void theSignInPageTheComposerAndTheEntryListHaveNoSeriousViolations() {
		assertThat(violationsAt("/admin/login")).isEmpty();
		this.browser.signInAt("/admin/live/" + DemoLiveBlog.SLUG, "editor");
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("composer")));
		assertThat(violationsOfCurrentPage()).isEmpty();
		assertThat(violationsAt("/admin/live/" + DemoLiveBlog.SLUG + "/entries?tab=published&q=summit")).isEmpty();
	}

	/** Its text and byline as legible as the others' (it was faded to 3.9:1 against white; found by a helper). */
	@Test
	void aRetractedEntryInTheListHasNoSeriousViolations() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Not confirmed after all.", Instant.now().minusSeconds(60));
		this.newsroom.retract(blog, entry, "Not confirmed");

		this.browser.signInAt("/admin/live/" + blog.getSlug() + "/entries?tab=retracted", "editor");
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("admin-entry-" + entry.getId())));

		assertThat(violationsOfCurrentPage()).isEmpty();
	}

	@Test
	void aCodeBlockThatScrollsSidewaysIsReachedWithTheKeyboardOnEveryPageThatPrintsEntries() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Entry entry = this.newsroom.publish(blog, "The statement:\n\n```\n" + "nato-summit --brussels ".repeat(20) + "\n```",
				Instant.now());
		String feed = "/live/" + blog.getSlug();

		for (String page : List.of(feed, feed + "?order=oldest", feed + "/entries/" + entry.getId(), feed + "/embed")) {
			assertThat(violationsAt(page)).as(page).isEmpty();
		}
		assertThat(outlineOnceTabbedTo(".entry-body pre")).isEqualTo(SITE_FOCUS_OUTLINE);
	}

	@Test
	void theQuestionBoxShowsThatItOpensAndItAndTheAlertButtonTakeTheSitesFocusOutline() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);
		this.browser.open("/live/" + blog.getSlug());
		this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push-alerts-subscribe")));
		WebElement heading = this.browser.driver().findElement(By.cssSelector(".reader-question-heading"));
		assertThat(disclosureMarker(heading)).as("a summary's marker, as the key events' has").isEqualTo("list-item disclosure-closed");

		assertThat(outlineOnceTabbedTo(".push-alerts-subscribe")).isEqualTo(SITE_FOCUS_OUTLINE);
		assertThat(outlineOnceTabbedTo(".reader-question-heading")).isEqualTo(SITE_FOCUS_OUTLINE);
		new Actions(this.browser.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(disclosureMarker(heading)).as("turned, open").isEqualTo("list-item disclosure-open");
		assertThat(outlineOnceTabbedTo(".reader-question-send")).isEqualTo(SITE_FOCUS_OUTLINE);
	}

	@Test
	void anImageWithoutAlternativeTextOnThePageIsReported() {
		// The harness itself: a page that breaks a rule must fail, or the tests above prove nothing.
		this.browser.open("/live/" + DemoLiveBlog.SLUG);
		this.browser.script("document.querySelector('main').append(document.createElement('img'))");
		assertThat(violationsOfCurrentPage()).anySatisfy((violation) -> assertThat(violation).startsWith("image-alt"));
	}

	/**
	 * The outline of the first element the selector finds once the Tab key has reached it, as a reader's
	 * keyboard does (which is what :focus-visible answers to).
	 */
	private String outlineOnceTabbedTo(String selector) {
		WebElement target = this.browser.driver().findElement(By.cssSelector(selector));
		for (int tabs = 0; tabs < 200 && !target.equals(this.browser.driver().switchTo().activeElement()); tabs++) {
			new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		}
		assertThat(this.browser.driver().switchTo().activeElement()).as("reached with Tab").isEqualTo(target);
		return (String) this.browser.script(
				"const style = getComputedStyle(arguments[0]); return style.outlineWidth + ' ' + style.outlineStyle + ' ' + style.outlineColor;",
				target);
	}

	/** Whether a summary has its box, which draws the marker, and which marker: closed or open. */
	private String disclosureMarker(WebElement summary) {
		return (String) this.browser.script(
				"const style = getComputedStyle(arguments[0]); return style.display + ' ' + style.listStyleType;", summary);
	}

	private List<String> violationsAt(String path) {
		this.browser.open(path);
		return violationsOfCurrentPage();
	}

	@SuppressWarnings("unchecked")
	private List<String> violationsOfCurrentPage() {
		this.browser.script(AXE);
		return (List<String>) this.browser.driver().executeAsyncScript(RUN_AXE);
	}

	private static String axeSource() {
		try (InputStream axe = AccessibilityInBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
