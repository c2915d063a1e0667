package news.liveblog.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, a partner's page on another origin embeds a blog with the code the back office gives: the
 * frame grows to the blog's height and again when an entry arrives live, ignores messages from anyone but the
 * blog's frame, and keeps the reader in it. Framing any other page is refused, and so is the embed to a site
 * that is not among the configured partners.
 * <p>
 * An application of its own: its public address must be the very origin the browser reaches it at, which
 * /embed.js trusts, so its port is chosen before it starts; and it names one partner site.
 */
@ServerTest
class PartnerEmbedInBrowserTests {

	private static final int PORT = freePort();

	private static final PartnerSite PARTNER = PartnerSite.start();

	private static final PartnerSite STRANGER = PartnerSite.start();

	@DynamicPropertySource
	static void addresses(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("liveblog.public-url", () -> "http://localhost:" + PORT);
		properties.add("liveblog.embed.partner-origins", () -> "https://news.partner.example, " + PARTNER.origin());
	}

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@AfterAll
	static void closeSites() {
		PARTNER.close();
		STRANGER.close();
	}

	@Test
	void thePartnersFrameGrowsToTheBlogAndAgainWithAnEntryArrivingLive() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		for (int i = 1; i <= 8; i++) {
			this.newsroom.publish(blog, "Update " + i + ". " + "The talks went on through the night. ".repeat(8),
					Instant.now().minusSeconds(600 - i));
		}
		String host = PARTNER.page("/grows.html", snippet(blog));
		WebDriver driver = this.browser.driver();
		driver.get(host);
		WebElement frame = driver.findElement(By.cssSelector("iframe[data-liveblog-embed]"));

		this.browser.waiting().until((ignored) -> frameHeight() > 800);
		assertThat(frameHeight()).as("the frame's height is its document's").isCloseTo(documentHeightIn(frame), within());

		// A message from the host page itself, however well formed, sizes nothing.
		int before = frameHeight();
		this.browser.script("""
				window.addEventListener('message', (event) => { if (event.data === 'done') document.body.dataset.done = 'yes'; });
				window.postMessage({ type: 'liveblog:height', slug: arguments[0], height: 300 }, '*');
				window.postMessage('done', '*');""", blog.getSlug());
		this.browser.waiting().until((ignored) -> "yes".equals(this.browser.script("return document.body.dataset.done")));
		assertThat(frameHeight()).isEqualTo(before);

		Entry live = this.newsroom.publish(blog, "Breaking: " + "an agreement was reached. ".repeat(20), Instant.now());
		driver.switchTo().frame(frame);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry-" + live.getId())));
		driver.switchTo().defaultContent();
		this.browser.waiting().until((ignored) -> frameHeight() > before);
		assertThat(frameHeight()).isCloseTo(documentHeightIn(frame), within());
	}

	@Test
	void linksInTheFrameOpenANewTabAndLeaveTheFrameOnTheBlog() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Read it on its own page.", Instant.now());
		WebDriver driver = this.browser.driver();
		driver.get(PARTNER.page("/links.html", snippet(blog)));
		WebElement frame = driver.findElement(By.cssSelector("iframe[data-liveblog-embed]"));
		driver.switchTo().frame(frame);

		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entry-" + entry.getId() + " .entry-permalink")))
			.click();

		this.browser.waiting().until((ignored) -> driver.getWindowHandles().size() == 2);
		assertThat(this.browser.script("return location.pathname")).isEqualTo("/live/" + blog.getSlug() + "/embed");
		assertThat(this.browser.script("return document.getElementById(arguments[0]) !== null", "entry-" + entry.getId()))
			.isEqualTo(true);
	}

	@Test
	void noOtherPageMayBeFramedAndNoSiteBeyondThePartnersMayFrameTheEmbed() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Only in the embed.", Instant.now());
		String site = "http://localhost:" + PORT;
		WebDriver driver = this.browser.driver();
		driver.get(PARTNER.page("/others.html", frame(site + "/live/" + blog.getSlug(), "feed")
				+ frame(site + "/live/" + blog.getSlug() + "/entries/" + entry.getId(), "entry")
				+ frame(site + "/admin/login", "back-office") + frame(site + "/live/" + blog.getSlug() + "/embed", "embed")));

		assertThat(shownIn("embed")).as("the control: the embed, on a partner's page").isEqualTo("/live/" + blog.getSlug() + "/embed");
		for (String refused : List.of("feed", "entry", "back-office")) {
			assertThat(shownIn(refused)).as(refused).isEqualTo("refused");
		}

		driver.get(STRANGER.page("/stranger.html", snippet(blog)));
		assertThat(shownIn(null)).as("a site not among the partners").isEqualTo("refused");
	}

	@Test
	void onAPhoneThePartnersPageShowsTheBlogWithoutSidewaysScrolling() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publishKeyEvent(blog, "Agreement reached", "Both sides signed https://example.org/a/very/long/address/that/must/wrap/rather/than/push/the/page/sideways", Instant.now().minusSeconds(60));
		this.newsroom.publish(blog, "The talks resume tomorrow morning.", Instant.now());
		this.browser.emulatePhone(2);
		WebDriver driver = this.browser.driver();
		driver.get(PARTNER.page("/phone.html", snippet(blog)));
		WebElement frame = driver.findElement(By.cssSelector("iframe[data-liveblog-embed]"));
		this.browser.waiting().until((ignored) -> Math.abs(frameHeight() - documentHeightIn(frame)) <= 2);

		driver.switchTo().frame(frame);
		assertThat(this.browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("no sideways scrolling in the frame").isEqualTo(true);
		Number titleHeight = (Number) this.browser.script(
				"return document.querySelector('.embed-title a').getBoundingClientRect().height");
		assertThat(titleHeight.doubleValue()).as("the title is a target of 44 px").isGreaterThanOrEqualTo(44);
		driver.switchTo().defaultContent();
		assertThat(this.browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("no sideways scrolling on the partner's page").isEqualTo(true);
		this.browser.screenshotOnThePhone("partner-embed-390");
	}

	/** The code the blog's back office gives to paste, as an editor copies it. */
	private String snippet(LiveBlog blog) {
		CookieBrowser editor = CookieBrowser.signedIn(PORT, DemoAccounts.EDITOR);
		return Jsoup.parse(editor.get(PORT, "/admin/live/" + blog.getSlug() + "/embed").body())
			.selectFirst("textarea#embed-code")
			.text();
	}

	private static String frame(String src, String id) {
		return "<iframe id=\"" + id + "\" src=\"" + src + "\" style=\"width:100%;height:300px\"></iframe>";
	}

	/**
	 * The path of the page a frame of the host page shows once it has loaded (the first frame when
	 * {@code id} is null), or "refused" for the browser's error page in its place.
	 */
	private String shownIn(String id) {
		WebDriver driver = this.browser.driver();
		WebElement frame = driver.findElement(By.cssSelector((id != null) ? "iframe#" + id : "iframe"));
		driver.switchTo().frame(frame);
		try {
			this.browser.waiting().until((ignored) -> !"about:blank".equals(this.browser.script("return location.href"))
					&& "complete".equals(this.browser.script("return document.readyState")));
			String href = (String) this.browser.script("return location.href");
			return href.startsWith("chrome-error:") ? "refused" : (String) this.browser.script("return location.pathname");
		}
		finally {
			driver.switchTo().defaultContent();
		}
	}

	private int frameHeight() {
		Number height = (Number) this.browser.script(
				"return document.querySelector('iframe[data-liveblog-embed]').getBoundingClientRect().height");
		return (int) Math.round(height.doubleValue());
	}

	private int documentHeightIn(WebElement frame) {
		WebDriver driver = this.browser.driver();
		driver.switchTo().frame(frame);
		try {
			Number height = (Number) this.browser.script("return document.documentElement.getBoundingClientRect().height");
			return (int) Math.ceil(height.doubleValue());
		}
		finally {
			driver.switchTo().defaultContent();
		}
	}

	private static org.assertj.core.data.Offset<Integer> within() {
		return org.assertj.core.data.Offset.offset(2);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
