package news.liveblog.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A back-office page left open on an unattended laptop: once nobody has touched it for the away time (3 s
 * here instead of 5 minutes, with heartbeats every second), it asks the server nothing more in the background
 * (no heartbeat, no poll, no region fetched), so its session ends 30 minutes after the last real work; a
 * colleague's change only marks its list stale. The first keypress brings everything up to date at once.
 * What the page asks is counted where the server sees it.
 */
@ServerTest
@Import(RequestsSeen.class)
@TestPropertySource(properties = { "liveblog.desk.away-after=PT3S", "liveblog.desk.presence.heartbeat=PT1S",
		"liveblog.desk.presence.expire-after=PT4S" })
class AwayFromTheDeskInBrowserTests {

	private static final Duration AWAY_AFTER = Duration.ofSeconds(3);

	private static final String HEARTBEAT = "POST /admin/desk/presence";

	@RegisterExtension
	final RealBrowser editor = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private RequestsSeen requests;

	@Test
	void anUnattendedComposerStopsAskingAndAKeypressBringsItUpToDate() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String composer = "/admin/live/" + blog.getSlug();
		this.editor.signInToWriteAt(composer, DemoAccounts.EDITOR);
		this.editor.waiting().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.requests.count(HEARTBEAT) > 0);
		List<String> background = List.of(HEARTBEAT, "GET " + composer + "/entries", "GET /admin/session");

		// Away: the heartbeats stop.
		await().atMost(AWAY_AFTER.plusSeconds(5)).until(() -> this.requests.quietFor(HEARTBEAT, Duration.ofMillis(2500)));
		long asked = this.requests.count(background);

		this.newsroom.publish(blog, "Published while nobody is at the laptop.", Instant.now());

		this.editor.waiting().until(ExpectedConditions.attributeToBe(By.id("entries"), "data-desk-stale", "true"));
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
			.until(() -> this.requests.count(background) == asked);
		assertThat(this.editor.driver().findElement(By.id("entries")).getText())
			.doesNotContain("Published while nobody is at the laptop.");

		new Actions(this.editor.driver()).sendKeys(Keys.SHIFT).perform();

		this.editor.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"),
					"Published while nobody is at the laptop."));
		assertThat(this.editor.driver().findElement(By.id("entries")).getAttribute("data-desk-stale")).isNull();
		await().atMost(Duration.ofSeconds(2)).until(() -> !this.requests.quietFor(HEARTBEAT, Duration.ofSeconds(1)));
	}

	@Test
	void anUnattendedDashboardStopsPollingItsReadersUntilTheNextKeypress() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.editor.signInAt("/admin", DemoAccounts.EDITOR);
		this.editor.waiting().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		List<String> background = List.of("GET /admin/desk/readers", "GET /admin?fragment=blogs");
		long asked = this.requests.count(background);
		// Nobody touches it: past the away time it has asked nothing (its first poll would come after 15 s).
		await().during(AWAY_AFTER.plusMillis(500)).atMost(AWAY_AFTER.plusSeconds(2))
			.until(() -> this.requests.count(background) == asked);

		this.newsroom.publish(blog, "Published while nobody looks at the dashboard.", Instant.now());

		// Nor later, past the poll's 15 s: a change only marks the dashboard stale.
		this.editor.waiting().until(ExpectedConditions.attributeToBe(By.id("dashboard-blogs"), "data-desk-stale", "true"));
		await().during(Duration.ofSeconds(16)).atMost(Duration.ofSeconds(20))
			.until(() -> this.requests.count(background) == asked);

		new Actions(this.editor.driver()).sendKeys(Keys.SHIFT).perform();

		await().atMost(Duration.ofSeconds(3)).until(() -> this.requests.count("GET /admin/desk/readers") > 0);
		this.editor.waiting()
			.until((driver) -> "1".equals(driver.findElement(By.cssSelector("#blog-" + blog.getSlug() + " td.numeric")).getText()));
	}

}
