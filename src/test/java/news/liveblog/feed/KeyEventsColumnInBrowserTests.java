package news.liveblog.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a wide screen the key events stand in a column beside the feed: a long title wraps between its words, never in
 * the middle of one, whatever the width of its time (found reading the demo blog at 1280 px: "headquarte/rs").
 */
@ServerTest
class KeyEventsColumnInBrowserTests {

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void aLongKeyEventTitleWrapsBetweenItsWordsInTheSideColumn() {
		// The widest of times beside it: two-digit hours and a four-letter zone ("10:05 AM CEST").
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Brussels"));
		this.newsroom.publishKeyEvent(blog, "Mr Zelensky is expected in the city centre this morning: not at NATO’s "
				+ "headquarters, but at the building where the EU leaders meet.", "Details follow.",
				Instant.parse("2024-10-17T08:05:00Z"));
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		this.browser.open("/live/" + blog.getSlug());
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".key-event-title")));
		this.browser.screenshot("key-events-column", 1280, 900);

		@SuppressWarnings("unchecked")
		List<String> broken = (List<String>) this.browser.script("""
				const title = document.querySelector('.key-events .key-event-title');
				const text = title.firstChild;
				const broken = [];
				for (const word of text.textContent.matchAll(/\\S+/g)) {
				  const range = document.createRange();
				  range.setStart(text, word.index);
				  range.setEnd(text, word.index + word[0].length);
				  if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) {
				    broken.push(word[0]);
				  }
				}
				return broken;""");
		assertThat(broken).as("words broken across lines").isEmpty();
	}

}
