package news.liveblog.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;

import static news.liveblog.RealBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail read in a real browser, on a desktop and on a phone: its words are not broken in the middle. */
@ServerTest
class AuditTrailInBrowserTests {

	/**
	 * Every word of the trail's table that the browser lays out on more than one line, but for words longer
	 * than a cell can be (an address), which must wrap.
	 */
	private static final String WORDS_BROKEN_ACROSS_LINES = """
			const broken = [];
			document.querySelectorAll('main table th, main table td').forEach((cell) => {
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    for (const word of node.data.matchAll(/\\S+/g)) {
			      const range = document.createRange();
			      range.setStart(node, word.index);
			      range.setEnd(node, word.index + word[0].length);
			      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			      if (lines.size > 1 && word[0].length < 40) broken.push(word[0]);
			    }
			  }
			});
			return broken;""";

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void onADesktopNoWordOfTheTrailIsBrokenInTheMiddle() {
		openTheTrailOfABlogWithLongCells();

		assertThat(wordsBrokenAcrossLines()).as("words laid out across two lines in a 1280-pixel window").isEmpty();
	}

	/** On a phone each event is a card whose every cell is in sight, under its column's name (found by a helper). */
	@Test
	void onAPhoneEachEventShowsAllItsCellsWithTheirWordsWhole() {
		this.browser.emulatePhone(1);
		openTheTrailOfABlogWithLongCells();
		this.browser.screenshotOnThePhone("audit-phone");

		assertThat(wordsBrokenAcrossLines()).as("words laid out across two lines on a 390-pixel phone").isEmpty();
		assertThat(this.browser.pageWidth())
			.as("the page itself does not scroll sideways")
			.isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat(this.browser.script("return [...document.querySelectorAll('tbody tr:first-child td.audit-action,"
				+ " tbody tr:first-child td.audit-entry')].map((cell) => cell.getBoundingClientRect().right"
				+ " <= window.innerWidth && getComputedStyle(cell, '::before').content)"))
			.asList()
			.as("what was done, and to which entry, in sight and named")
			.containsExactly("\"What\"", "\"Entry\"");
	}

	@Test
	void aHeadlineOfOneVeryLongWordWrapsInItsCellRatherThanWideningThePage() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.write(blog, new EntryText("Supercalifragilistic" + "expialidocious".repeat(8), "Typed by a reporter.",
				false, null, null), Publication.now(), this.newsroom.actor(DemoAccounts.EDITOR));

		this.browser.signInAt("/admin/audit?blog=" + blog.getId(), DemoAccounts.ADMIN);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table td.audit-entry")));

		// As wide as any trail's table (its least width, or the frame's), not as wide as the word.
		assertThat(this.browser.script("const frame = document.querySelector('.table-scroll');"
				+ "const least = parseFloat(getComputedStyle(frame.querySelector('table')).minWidth);"
				+ "return frame.scrollWidth + ' <= ' + Math.max(frame.clientWidth, least)"))
			.asString()
			.satisfies((widths) -> assertThat(Double.parseDouble(widths.split(" <= ")[0]))
				.isLessThanOrEqualTo(Double.parseDouble(widths.split(" <= ")[1]) + 1));
		assertThat(wordsBrokenAcrossLines()).isEmpty();
	}

	private void openTheTrailOfABlogWithLongCells() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Actor editor = this.newsroom.actor(DemoAccounts.EDITOR);
		// Long cells beside short ones: what made the table squeeze its short columns below their words.
		Entry entry = this.newsroom.write(blog, new EntryText(
				"See https://www.example.com/elections/2026/new-york/results/live/a-very-long-path-without-a-break",
				"Results.", false, null, null), Publication.now(), editor);
		this.newsroom.retract(blog, entry,
				"Legal: the figures were not verified with the board of elections before they were published here",
				editor);

		this.browser.signInAt("/admin/audit?blog=" + blog.getId(), DemoAccounts.ADMIN);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table td.audit-action")));

		assertThat(this.browser.driver().findElements(By.cssSelector("td.audit-action")))
			.extracting((cell) -> cell.getText())
			.contains("published an entry", "retracted an entry");
	}

	@SuppressWarnings("unchecked")
	private List<String> wordsBrokenAcrossLines() {
		return (List<String>) this.browser.script(WORDS_BROKEN_ACROSS_LINES);
	}

}
