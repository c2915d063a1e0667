package news.liveblog;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its chromedriver, headless. Named explicitly: Selenium Manager would
 * otherwise try to download a browser. Where Chromium is not installed, the test using it is skipped and
 * says why ({@code .ci/run} installs it).
 */
public final class RealBrowser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** Set (to a directory) to have tests save screenshots of what they see, e.g. for the README. */
	private static final String SCREENSHOTS = "liveblog.screenshots";

	private final ChromeDriver driver;

	private RealBrowser(ChromeDriver driver) {
		this.driver = driver;
	}

	/** A fresh browser (own profile, no cookies), or the test is skipped when there is no Chromium. */
	public static RealBrowser start() {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Skipped: no Chromium here. Install Debian's chromium and chromium-driver (.ci/run does).");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,1400", "--lang=en-GB");
		// Keep what pages write to the console (errors, CSP violations), for tests that read it.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new RealBrowser(new ChromeDriver(service, options));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Runs the script in every page opened from now on (frames too), before any script of the page. */
	public void runBeforeEveryPage(String script) {
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
	}

	/** What pages wrote to the console since the last call: errors, CSP violations, failed loads. */
	public List<LogEntry> consoleSinceLastCall() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	/**
	 * Opens a back-office page, which asks to sign in first, and signs in as the given demo account (whose
	 * password is its name); the browser then lands on the page asked for.
	 */
	public void signInAt(String url, String username) {
		this.driver.get(url);
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(username);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/** Lets pages read the clipboard back, for tests of what a page put there. */
	public void allowClipboardReading() {
		this.driver.executeCdpCommand("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
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

	@Override
	public void close() {
		this.driver.quit();
	}

}
