package news.liveblog;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import news.liveblog.blog.LiveBlog;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven through its chromedriver, headless, against the application a {@link ServerTest}
 * serves: a test class holds one in a field, {@code @RegisterExtension final RealBrowser browser = new
 * RealBrowser();}, and gets a fresh browser (own profile, no cookies) for each test, closed after it. Named
 * explicitly: Selenium Manager would otherwise try to download a browser. Where Chromium is not installed,
 * the test using it is skipped and says why ({@code .ci/run} installs it).
 */
public final class RealBrowser implements BeforeEachCallback, AfterEachCallback {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** The phone tests lay pages out on, in CSS pixels: the common 6.1-inch one (iPhone 12 to 15). */
	public static final int PHONE_WIDTH = 390;

	public static final int PHONE_HEIGHT = 844;

	/** Set (to a directory) to have tests save screenshots of what they see, e.g. for the README. */
	private static final String SCREENSHOTS = "liveblog.screenshots";

	private ChromeDriver driver;

	private String server;

	private boolean recordingRequests;

	/**
	 * Has the browser record every request it makes (Chrome's performance log), for tests of what a page
	 * asks of which host: see {@link #requestedSinceLastCall()}.
	 */
	public RealBrowser recordingRequests() {
		this.recordingRequests = true;
		return this;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Skipped: no Chromium here. Install Debian's chromium and chromium-driver (.ci/run does).");
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.server = "http://localhost:" + port;
		this.driver = startChromium(this.recordingRequests);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
	}

	private static ChromeDriver startChromium(boolean recordingRequests) {
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,1400", "--lang=en-GB");
		// Keep what pages write to the console (errors, CSP violations), for tests that read it.
		options.setCapability("goog:loggingPrefs",
				recordingRequests ? Map.of("browser", "ALL", "performance", "ALL") : Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** The address of a page of the application under test, e.g. {@code url("/live/demo")}. */
	public String url(String path) {
		return this.server + path;
	}

	/**
	 * Opens a page of the application under test by its path, e.g. {@code open("/live/demo")}, and waits
	 * until it has loaded with its stylesheet. chromedriver sometimes hands the page back as soon as the
	 * document is parsed (readyState "interactive") when the page's module script imports another while it
	 * loads, as live.js does: a test reading layout then would see the page unstyled.
	 */
	public ChromeDriver open(String path) {
		this.driver.get(url(path));
		waiting().until((ignored) -> "complete".equals(script("return document.readyState")));
		return this.driver;
	}

	/**
	 * Opens a back-office page, which asks to sign in first, and signs in as the given demo account; the
	 * browser then lands on the page asked for.
	 */
	public void signInAt(String path, String username) {
		open(path);
		signIn(username);
	}

	/** Signs in on the sign-in page the browser shows, as the given demo account (whose password is its name). */
	public void signIn(String username) {
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(username);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	/**
	 * Signs in at the composer (or the correction form) at this path and answers its text field, once it
	 * takes typing.
	 */
	public WebElement signInToWriteAt(String path, String username) {
		signInAt(path, username);
		return waiting().until(ExpectedConditions.elementToBeClickable(By.id("body")));
	}

	/** The id of the back-office session this browser holds (Spring Session's row), from its cookie. */
	public String sessionId() {
		return new String(Base64.getDecoder().decode(this.driver.manage().getCookieNamed("SESSION").getValue()),
				StandardCharsets.UTF_8);
	}

	/**
	 * The text the composer's script keeps in this browser for one of a blog's forms ("new", or an entry's
	 * id), or null.
	 */
	public Object keptDraft(String username, LiveBlog blog, Object form) {
		return script("return localStorage.getItem(arguments[0])",
				"liveblog.draft." + username + "/blog:" + blog.getId() + "/" + form);
	}

	/** Runs a script in the current page and answers what it returns. */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** Scrolls the current page to its end, as a reader who has read on does. */
	public void scrollToTheEnd() {
		script("window.scrollTo(0, document.body.scrollHeight)");
	}

	/** Lays pages out as on a phone's screen of this size (in CSS pixels). */
	public void emulatePhone(int width, int height, int deviceScaleFactor) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", deviceScaleFactor, "mobile", true));
	}

	/** Lays pages out as on the tests' phone ({@link #PHONE_WIDTH} by {@link #PHONE_HEIGHT}). */
	public void emulatePhone(int deviceScaleFactor) {
		emulatePhone(PHONE_WIDTH, PHONE_HEIGHT, deviceScaleFactor);
	}

	/** How wide the current page is laid out, in CSS pixels: wider than the screen, it scrolls sideways. */
	public long pageWidth() {
		return ((Number) script("return document.documentElement.scrollWidth")).longValue();
	}

	/**
	 * Asserts that nothing on the current page scrolls sideways on the tests' phone, and saves what it shows
	 * under this name (when screenshots were asked for).
	 */
	public void assertFitsThePhone(String name) {
		assertThat(pageWidth()).as(name + ": nothing scrolls sideways").isLessThanOrEqualTo(PHONE_WIDTH);
		screenshotOnThePhone(name);
	}

	/** Asserts that there are targets and that each is thumb-sized: 44 CSS pixels tall at least. */
	public static void assertThumbSized(List<WebElement> targets) {
		assertThat(targets).isNotEmpty()
			.allSatisfy((target) -> assertThat(target.getSize().getHeight()).as(target.getText() + " is thumb-sized")
				.isGreaterThanOrEqualTo(44));
	}

	/** Runs the script in every page opened from now on (frames too), before any script of the page. */
	public void runBeforeEveryPage(String script) {
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
	}

	/** What pages wrote to the console since the last call: errors, CSP violations, failed loads. */
	public List<LogEntry> consoleSinceLastCall() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/**
	 * The address of every request the browser was about to send since the last call (each
	 * Network.requestWillBeSent of the performance log, frames included, whether it then failed or not), in
	 * order. Only with {@link #recordingRequests()}.
	 */
	public List<String> requestedSinceLastCall() {
		return this.driver.manage()
			.logs()
			.get(LogType.PERFORMANCE)
			.getAll()
			.stream()
			.map((entry) -> JSON.readTree(entry.getMessage()).path("message"))
			.filter((message) -> message.path("method").asString("").equals("Network.requestWillBeSent"))
			.map((message) -> message.path("params").path("request").path("url").asString(""))
			.toList();
	}

	/**
	 * Waits up to 10 s for a condition; an element the page replaced while the condition read it (a live region
	 * re-rendered) is read again at the next poll rather than failing the wait.
	 */
	public WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** Lets pages read the clipboard back, for tests of what a page put there. */
	public void allowClipboardReading() {
		this.driver.executeCdpCommand("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
	}

	/** Saves what the browser shows on the tests' phone, when screenshots were asked for; a no-op otherwise. */
	public void screenshotOnThePhone(String name) {
		screenshot(name, PHONE_WIDTH, PHONE_HEIGHT);
	}

	/** Saves what the browser shows, when screenshots were asked for; a no-op otherwise. */
	public void screenshot(String name, int width, int height) {
		String directory = System.getProperty(SCREENSHOTS);
		if (directory == null) {
			return;
		}
		this.driver.manage().window().setSize(new Dimension(width, height));
		try {
			Path target = Path.of(directory).resolve(name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
