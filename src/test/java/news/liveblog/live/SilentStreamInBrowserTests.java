package news.liveblog.live;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's connection that goes silent without closing, as a phone's network drops one along the way: the
 * browser reports nothing, so the page itself notices that the heartbeats stopped and opens its stream anew.
 * (The same settings as {@link StreamServedByJettyTests}, so that both share one application.)
 */
@ServerTest
@TestPropertySource(properties = { "liveblog.live.stream-timeout=PT3S", "liveblog.live.heartbeat=PT0.5S" })
class SilentStreamInBrowserTests {

	/**
	 * Runs before the page's scripts: once the test sets {@code window.silenced}, every stream opened until then
	 * hands the page nothing more (no event, no error), as a connection whose packets are lost; streams opened
	 * after it work. {@code window.heartbeatsArrived} counts the heartbeats that reached the browser.
	 */
	private static final String SILENCEABLE_STREAMS = """
			(() => {
			  const Real = window.EventSource;
			  window.streamsOpened = 0;
			  window.silenced = 0;
			  window.heartbeatsArrived = 0;
			  window.EventSource = class extends Real {
			    constructor(...args) {
			      super(...args);
			      this.number = ++window.streamsOpened;
			      super.addEventListener('heartbeat', () => window.heartbeatsArrived++);
			    }
			    addEventListener(type, listener, options) {
			      super.addEventListener(type, (event) => {
			        if (this.number > window.silenced) {
			          listener(event);
			        }
			      }, options);
			    }
			  };
			})();
			""";

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void aStreamThatGoesSilentIsOpenedAnewAndWhatWasPublishedMeanwhileArrives() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Before the silence.", Instant.now().minusSeconds(60));
		this.browser.runBeforeEveryPage(SILENCEABLE_STREAMS);
		WebDriver driver = this.browser.open("/live/" + blog.getSlug());
		JavascriptExecutor script = (JavascriptExecutor) driver;
		script.executeScript("window.notReloaded = true");
		// The page has heard how often heartbeats come, and so how long a silence may last.
		this.browser.waiting()
			.until((ignored) -> ((Number) script.executeScript("return window.heartbeatsArrived")).intValue() > 1);

		script.executeScript("window.silenced = window.streamsOpened");
		Entry meanwhile = this.newsroom.publish(blog, "Published while the reader's connection was silent.", Instant.now());

		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + meanwhile.getId())));
		assertThat(script.executeScript("return window.notReloaded === true")).as("caught up in place").isEqualTo(true);
	}

}
