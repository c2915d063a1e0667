package news.liveblog.backoffice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import news.liveblog.InertHtml;
import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.XssVectors;
import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XSS corpus stored in every text an editor writes, and put in addresses, in real Chromium: on the
 * public pages, the back office and the live page as entries arrive, nothing runs. A script injected into
 * every page before the page's own ({@code src/test/resources/xss/tripwire.js}) records dialogs, console
 * errors, CSP violations, requests to other sites and any script, frame, style, handler or script URL
 * entering the document; the browser's console log is read as well. Vectors are stored in groups that fit
 * each field, so a few dozen pages show the whole corpus.
 */
@ServerTest
class XssInRealBrowserTests {

	/**
	 * The tripwire, told the site's configured public address: the canonical link names it (not the test
	 * server's own address), and only a canonical link to it is the site's own.
	 */
	private static final String TRIPWIRE = "window.__publicSite = '" + TestSite.PUBLIC_URL + "';\n"
			+ "window.__ownScripts = '" + InertHtml.ownScripts() + "';\n"
			+ resource("/xss/tripwire.js");

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@BeforeEach
	void setTheTripwire() {
		this.browser.runBeforeEveryPage(TRIPWIRE);
	}

	@Test
	void theTripwireCatchesWhatItIsThereFor() {
		this.browser.open("/");
		this.browser.script("""
				alert('a dialog');
				const main = document.querySelector('main');
				main.insertAdjacentHTML('beforeend', '<img src="https://evil.example/pixel.gif" onerror="x()">');
				const script = document.createElement('script');
				script.textContent = 'window.ranInline = true';
				main.append(script);
				main.setAttribute('style', 'color: red');
				""");

		List<String> kinds = trips().stream().map((trip) -> (String) trip.get("kind")).toList();

		assertThat(kinds).contains("alert", "handler attribute", "script element", "style attribute");
		// The CSP refused the inline script; only the browser's console says so.
		assertThat(this.browser.consoleSinceLastCall())
			.anyMatch((entry) -> entry.getMessage().contains("Content Security Policy"));
		assertThat(this.browser.script("return window.ranInline === true"))
			.isEqualTo(false);
	}

	@Test
	void storedVectorsRunNowhereOnThePublicPagesOrInTheBackOffice() {
		LiveBlog blog = open(XssVectors.packed(200).get(0), XssVectors.packed(1000).get(0));
		List<List<String>> groups = XssVectors.groups(EntryForm.HEADLINE_MAX);
		List<String> notes = XssVectors.packed(EntryForm.NOTE_MAX);
		List<String> authors = XssVectors.packed(100);
		List<Long> ids = new ArrayList<>();
		Instant at = Instant.now().minusSeconds(3600);
		for (int i = 0; i < groups.size(); i++) {
			String body = String.join("\n\n", groups.get(i));
			Entry entry = this.newsroom.entries().write(blog.getId(), new EntryText(String.join(" ", groups.get(i)), body, i % 5 == 0),
					Publication.publishedAt(at.plusSeconds(i)), i == 0, UUID.randomUUID(),
					new Actor(null, authors.get(i % authors.size()))).entry();
			this.newsroom.correct(blog, this.newsroom.stored(blog, entry.getId()),
					new EntryText(entry.getHeadline(), body + "\n\nCorrected.", entry.isKeyEvent()),
					notes.get(i % notes.size()));
			ids.add(entry.getId());
		}
		for (String reason : notes) {
			Entry entry = this.newsroom.publish(blog, "To be retracted.", at);
			this.newsroom.retract(blog, entry, reason);
		}
		String feed = "/live/" + blog.getSlug();

		visitEveryPage(feed);
		visitEveryPage(feed + "?order=oldest");
		for (int i = 0; i < ids.size(); i += 10) {
			visit(feed + "/entries/" + ids.get(i));
			visit(feed + "/entries/" + ids.get(i) + "/revisions");
		}
		// The front page lists the 50 newest live blogs: titled with the corpus, a batch at a time.
		List<String> titles = XssVectors.packed(200);
		List<String> summaries = XssVectors.packed(1000);
		for (int from = 0; from < titles.size(); from += 40) {
			List<LiveBlog> batch = new ArrayList<>();
			for (int i = from; i < Math.min(titles.size(), from + 40); i++) {
				batch.add(open(titles.get(i), summaries.get(i % summaries.size())));
			}
			visit("/");
			batch.forEach(this.newsroom::withdraw);
		}

		this.browser.signInAt("/admin/live/" + blog.getSlug(), DemoAccounts.ADMIN);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("composer")));
		assertQuiet("the composer");
		visit("/admin");
		visit("/admin/blogs/" + blog.getSlug() + "/edit");
		visit("/admin/accounts");
		for (int i = 0; i < ids.size(); i += 10) {
			visit("/admin/live/" + blog.getSlug() + "/entries/" + ids.get(i) + "/edit");
		}
	}

	@Test
	void vectorsInAddressesRunNowhere() {
		String demo = "/live/" + DemoLiveBlog.SLUG;
		List<String> vectors = XssVectors.all();
		for (int i = 0; i < vectors.size(); i += 50) {
			String parameter = URLEncoder.encode(vectors.get(i), StandardCharsets.UTF_8);
			String segment = UriUtils.encodePathSegment(vectors.get(i), StandardCharsets.UTF_8);
			for (String address : List.of(demo + "?before=" + parameter, demo + "?order=" + parameter,
					demo + "?order=oldest&after=" + parameter, "/live/" + segment, demo + "/entries/" + segment,
					"/admin/login?error=" + parameter)) {
				visit(address);
			}
		}
	}

	@Test
	void vectorsArrivingOnAnOpenLivePageRunNowhere() {
		LiveBlog blog = open("Live", "Entries arrive while the page is open.");
		WebDriver driver = this.browser.driver();
		visit("/live/" + blog.getSlug());
		List<List<String>> groups = XssVectors.groups(EntryForm.HEADLINE_MAX);
		List<String> authors = XssVectors.packed(100);

		for (int i = 0; i < groups.size(); i++) {
			this.newsroom.entries().write(blog.getId(), new EntryText(String.join(" ", groups.get(i)),
					String.join("\n\n", groups.get(i)), false), Publication.now(), false, UUID.randomUUID(),
					new Actor(null, authors.get(i % authors.size())));
		}
		List<String> titles = XssVectors.packed(200);
		LiveBlogSettings settings = blog.settings();
		long version = blog.getVersion();
		for (String title : titles) {
			version = this.newsroom.liveBlogs().update(blog.getSlug(), version, new LiveBlogSettings(settings.slug(), title, title,
					settings.language(), settings.timeZone(), settings.status(), settings.coverageStart(), null),
					Newsroom.DESK).getVersion();
		}

		WebDriverWait patiently = new WebDriverWait(driver, Duration.ofSeconds(60));
		patiently.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".feed-entries article.entry"),
				groups.size()));
		patiently.until((page) -> titles.getLast().strip().equals(((JavascriptExecutor) page)
			.executeScript("return document.querySelector('.feed-title').textContent")));
		assertThat(driver.getCurrentUrl()).as("still the same page")
			.isEqualTo(this.browser.url("/live/" + blog.getSlug()));
		assertQuiet("the live page after every vector arrived");
	}

	/** A feed page and every page its "next" links lead to. */
	private void visitEveryPage(String first) {
		String next = first;
		while (next != null) {
			visit(next);
			List<WebElement> links = this.browser.driver().findElements(By.cssSelector("a[rel=next]"));
			next = links.isEmpty() ? null : links.getFirst().getDomAttribute("href");
		}
	}

	private void visit(String path) {
		this.browser.open(path);
		assertThat(this.browser.driver().getCurrentUrl()).as("sent away from " + path)
			.startsWith(this.browser.url("/"));
		assertQuiet(path);
	}

	/** What the tripwire recorded on the current page since the last call; fails if it was not in place. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> trips() {
		Object trips = this.browser.script("return window.__tripwire ? window.__tripwire.splice(0) : null");
		assertThat(trips).as("the tripwire was in place on " + this.browser.driver().getCurrentUrl()).isNotNull();
		return (List<Map<String, Object>>) trips;
	}

	/** Nothing the tripwire or the console recorded on the current page. */
	private void assertQuiet(String where) {
		assertThat(trips()).as("what ran or tried to on " + where).isEmpty();
		List<String> console = this.browser.consoleSinceLastCall()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			// The error pages themselves are answers, not attacks: a 404 or 400 for a crafted address.
			.filter((message) -> !message.matches("(?s).*Failed to load resource: the server responded with a status of 40[04].*"))
			.toList();
		assertThat(console).as("the console on " + where).isEmpty();
	}

	private LiveBlog open(String title, String summary) {
		LiveBlog blog = this.newsroom.liveBlogs().open(new LiveBlogSettings(Newsroom.uniqueSlug(), title, summary,
				Locale.ENGLISH, ZoneId.of("Europe/London"), LiveBlogStatus.LIVE, Instant.now().minusSeconds(7200), null),
				Newsroom.DESK);
		return this.newsroom.withdrawnLater(blog);
	}

	private static String resource(String name) {
		try (InputStream in = XssInRealBrowserTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
