package news.liveblog.backoffice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.PhotoRows;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;
import news.liveblog.live.LiveStreams;
import news.liveblog.photo.StoredPhoto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static news.liveblog.RealBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter's photos through the composer in real Chromium: chosen with the file picker, uploaded with their
 * progress, described, put in order and published; readers get them upright with their srcset. A file that is
 * no photo says the server's reason beside it and in the action bar, holds the form back, and can only be
 * removed (a retry would be refused again), without a word of the text lost. Photos chosen together go two at
 * a time, as the server processes them, and one answered busy is sent again by itself. The same on a 390-pixel phone. With {@code -Dliveblog.screenshots=/tmp/photo-gallery}
 * it saves the composer with two photos on a phone and the feed with a gallery on a desktop.
 */
@ServerTest
class PhotoUploadInBrowserTests {

	private static final int THUMB = 44;

	/** Upright 1200 x 1600, red on top; stored sideways with EXIF orientation 6, GPS and the rest (make-fixtures.sh). */
	private static final Path PHONE_PHOTO = Path.of("src/test/resources/photos/phone.jpg").toAbsolutePath();

	@RegisterExtension
	final RealBrowser browser = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private LiveStreams streams;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void aGalleryPublishedWhileTheFeedIsOpenArrivesLiveWithItsPhotosServed() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto photo = new PhotoRows(this.jdbc).insert(1440, 960);
		this.browser.open("/live/" + blog.getSlug());
		this.browser.waiting().until((driver) -> this.streams.readers().getOrDefault(blog.getId(), 0) == 1);

		Entry entry = this.newsroom.write(blog, new EntryText(null, "Pictured live.", false, null, null,
				List.of(EntryPhoto.of(photo, "The summit hall", null, "Our reporter")), null), Publication.now());

		WebElement pushed = this.browser.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#entry-" + entry.getId() + " .entry-gallery img")));
		assertThat(pushed.getDomAttribute("srcset")).isEqualTo(photo.srcset());
		assertThat(pushed.getDomAttribute("alt")).isEqualTo("The summit hall");
		this.browser.waiting().until((driver) -> loaded(pushed));
	}

	@Test
	void photosChosenInTheComposerAreUploadedDescribedOrderedAndReachReadersUpright() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		body.sendKeys("Zelensky arrives at the summit.");

		WebElement summit = upload(landscape("summit.jpg"), 1);
		assertThat(focusedName()).as("the alternative text is asked for at once").isEqualTo("photos[0].alt");
		summit.findElement(By.cssSelector("[data-photo-field=alt]")).sendKeys("Leaders at the summit");
		WebElement phone = upload(PHONE_PHOTO, 2);
		assertThat(focusedName()).isEqualTo("photos[1].alt");
		phone.findElement(By.cssSelector("[data-photo-field=alt]")).sendKeys("Zelensky at the door");
		phone.findElement(By.cssSelector("[data-photo-field=credit]")).sendKeys("Our reporter");
		phone.findElement(By.cssSelector("[data-photo-action=up]")).click();

		List<WebElement> rows = rows();
		assertThat(rows.get(0).findElement(By.cssSelector("[data-photo-field=alt]")).getDomProperty("name"))
			.as("renumbered in the order shown").isEqualTo("photos[0].alt");
		assertThat(rows.get(0).findElement(By.cssSelector("[data-photo-field=alt]")).getDomProperty("value"))
			.isEqualTo("Zelensky at the door");
		assertThat(this.browser.driver().findElement(By.cssSelector("[data-photo-announcer]")).getText())
			.isEqualTo("Photo moved: 1 of 2.");

		this.browser.script("document.querySelector('#photo-gallery').scrollIntoView()");
		this.browser.screenshot("composer-two-photos", 1280, 1400);
		this.browser.driver().navigate().refresh();
		this.browser.waiting().until((driver) -> rows().size() == 2);
		assertThat(rows()).as("the kept draft gives the gallery back, in its order")
			.extracting((row) -> row.findElement(By.cssSelector("[data-photo-field=alt]")).getDomProperty("value"))
			.containsExactly("Zelensky at the door", "Leaders at the summit");
		assertThat(rows().get(0).findElement(By.cssSelector("img.photo-thumb")).getDomProperty("naturalWidth"))
			.isNotEqualTo("0");
		this.browser.driver().findElement(By.cssSelector("form#composer button[data-publish]")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));

		this.browser.open("/live/" + blog.getSlug());
		List<WebElement> printed = this.browser.driver()
			.findElements(By.cssSelector(".feed-entries article.entry:first-of-type .entry-gallery img"));
		assertThat(printed).extracting((img) -> img.getDomAttribute("alt"))
			.containsExactly("Zelensky at the door", "Leaders at the summit");
		WebElement upright = printed.get(0);
		assertThat(upright.getDomAttribute("width")).isEqualTo("1200");
		assertThat(upright.getDomAttribute("height")).isEqualTo("1600");
		assertThat(upright.getDomAttribute("srcset")).contains(" 480w, ").endsWith("/1200 1200w");
		this.browser.waiting().until((driver) -> loaded(upright));
		assertThat(topPixel(upright)).as("red on top: the phone's rotation was applied").satisfies((rgb) -> {
			assertThat(rgb.get(0)).isGreaterThan(180);
			assertThat(rgb.get(2)).isLessThan(80);
		});
		this.browser.screenshot("feed-with-gallery", 1280, 1400);
	}

	@Test
	void onAPhoneAFileThatIsNoPhotoSaysWhyWhereTheEditorLooksOffersOnlyRemoveAndKeepsTheText() throws IOException {
		this.browser.emulatePhone(2);
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		body.sendKeys("The text typed before the upload failed.");
		Path notAPhoto = Files.writeString(this.files.resolve("notes.jpg"), "Notes from the summit, not a photo.",
				StandardCharsets.UTF_8);

		WebElement row = chooseFile(notAPhoto, 1);
		WebElement failure = this.browser.waiting().until((driver) -> {
			WebElement shown = row.findElement(By.cssSelector("[data-photo-failure]"));
			return shown.isDisplayed() ? shown : null;
		});
		assertThat(failure.getText()).as("the server's sentence, saying what to send instead")
			.isEqualTo("This file is not an image, whatever its name says: send a JPEG, PNG, WebP or GIF photo.");
		assertThat(row.findElement(By.cssSelector("[data-photo-action=retry]")).isDisplayed())
			.as("the same file would be refused again").isFalse();
		assertThat(row.findElement(By.cssSelector("img.photo-thumb")).isDisplayed()).as("no empty box").isFalse();

		this.browser.script("window.scrollTo(0, 0)");
		WebElement barLine = this.browser.driver().findElement(By.cssSelector(".form-actions .photo-bar-status"));
		assertThat(barLine.getText()).isEqualTo("1 photo could not be uploaded: see Photos");
		assertThat(barLine.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(inView(barLine)).as("in the action bar, on the screen").isTrue();
		assertThat(this.browser.pageWidth())
			.isLessThanOrEqualTo(PHONE_WIDTH);
		this.browser.screenshotOnThePhone("phone-failed-upload");

		barLine.findElement(By.tagName("a")).click();
		WebElement remove = row.findElement(By.cssSelector("[data-photo-action=remove]"));
		this.browser.waiting().until((driver) -> inView(remove));
		assertThat(this.browser.script("return document.activeElement")).isEqualTo(remove);
		this.browser.driver().findElement(By.cssSelector("form#composer button[data-publish]")).click();
		assertThat(this.browser.driver().findElement(By.cssSelector("[data-photo-problem]")).getText())
			.isEqualTo("1 photo was refused: remove it, then send again. Nothing was sent.");
		assertThat(this.browser.driver().findElements(By.cssSelector(".flash-done"))).isEmpty();
		this.browser.script("document.querySelector('#photo-gallery').scrollIntoView()");
		this.browser.screenshotOnThePhone("phone-failed-upload-row");

		remove.click();
		assertThat(rows()).isEmpty();
		assertThat(barLine.isDisplayed()).isFalse();
		assertThat(this.browser.driver().findElement(By.id("body")).getDomProperty("value"))
			.isEqualTo("The text typed before the upload failed.");
		this.browser.driver().findElement(By.cssSelector("form#composer button[data-publish]")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));
		assertThat(this.newsroom.storedEntries(blog)).singleElement()
			.satisfies((entry) -> assertThat(entry.getPhotos()).isEmpty());
	}

	@Test
	void anUploadEndingWhileTheEditorTypesLeavesTheKeystrokesInTheText() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		// Holds uploads until the test lets them go: one ends while the editor is typing in the text.
		this.browser.script("""
				const Real = window.XMLHttpRequest;
				window.releaseUploads = false;
				window.XMLHttpRequest = class extends Real {
				  send(body) {
				    const go = () => (window.releaseUploads ? super.send(body) : setTimeout(go, 20));
				    go();
				  }
				};""");
		WebElement row = chooseFile(landscape("while-typing.jpg"), 1);
		body.click();
		body.sendKeys("Zelensky is speaking");

		this.browser.script("window.releaseUploads = true");
		this.browser.waiting().until((driver) -> "done".equals(row.getDomAttribute("data-state")));
		body.sendKeys(" now.");

		assertThat(focusedName()).as("the text keeps the editor's cursor").isEqualTo("body");
		assertThat(body.getDomProperty("value")).isEqualTo("Zelensky is speaking now.");
		assertThat(row.findElement(By.cssSelector("[data-photo-field=alt]")).getDomProperty("value")).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsSentWithTheLimitSaid() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		this.browser.script("""
				const Real = window.XMLHttpRequest;
				window.sent = 0;
				window.XMLHttpRequest = class extends Real {
				  send(body) {
				    window.sent += 1;
				    super.send(body);
				  }
				};""");
		Path huge = Files.createTempFile("huge", ".jpg");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(60L * 1024 * 1024);
		}

		WebElement row = chooseFile(huge, 1);

		this.browser.waiting().until((driver) -> "failed".equals(row.getDomAttribute("data-state")));
		assertThat(row.findElement(By.cssSelector("[data-photo-failure]")).getText())
			.isEqualTo("This file is over 25 MB: send a smaller photo.");
		assertThat(row.findElements(By.cssSelector("[data-photo-action=retry]")))
			.as("no Retry for what would be refused again").noneMatch(WebElement::isDisplayed);
		assertThat(((Number) this.browser.script("return window.sent")).intValue()).as("nothing sent").isZero();
		Files.delete(huge);
	}

	@Test
	void photosChosenTogetherAreSentTwoAtATimeAndOneAnsweredBusyIsSentAgainByItself() throws IOException {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		// Counts the uploads under way; the first is answered busy, as the server does when its two slots stay
		// taken, with its Retry-After and its sentence.
		this.browser.script("""
				const Real = window.XMLHttpRequest;
				window.uploads = { now: 0, most: 0, busy: 0 };
				window.XMLHttpRequest = class extends Real {
				  constructor() {
				    super();
				    // Before the page's own listeners, which start the next upload.
				    this.addEventListener('loadend', () => { window.uploads.now -= 1; });
				  }

				  send(body) {
				    window.uploads.now += 1;
				    window.uploads.most = Math.max(window.uploads.most, window.uploads.now);
				    if (window.uploads.busy === 0) {
				      window.uploads.busy = 1;
				      Object.defineProperty(this, 'status', { value: 503 });
				      Object.defineProperty(this, 'responseText',
				        { value: '{"message":"The server is busy: the photo will be sent again in a few seconds."}' });
				      this.getResponseHeader = (name) => (name === 'Retry-After' ? '3' : null);
				      setTimeout(() => {
				        this.dispatchEvent(new ProgressEvent('load'));
				        this.dispatchEvent(new ProgressEvent('loadend'));
				      }, 100);
				      return;
				    }
				    super.send(body);
				  }
				};""");
		List<Path> photos = List.of(landscape("one.jpg"), landscape("two.jpg"), landscape("three.jpg"),
				landscape("four.jpg"), landscape("five.jpg"));

		this.browser.driver().findElement(By.cssSelector("input[type=file][multiple]"))
			.sendKeys(String.join("\n", photos.stream().map(Path::toString).toList()));

		this.browser.waiting().until((driver) -> rows().size() == 5);
		assertThat(rows()).as("the others wait their turn")
			.anySatisfy((row) -> assertThat(row.getDomAttribute("data-state")).isEqualTo("waiting"));
		this.browser.waiting().until((driver) -> rows().get(0).findElement(By.cssSelector("[data-photo-status]"))
			.getText().equals("The server is busy: the photo will be sent again in a few seconds."));
		this.browser.waiting().until((driver) -> rows().stream()
			.allMatch((row) -> "done".equals(row.getDomAttribute("data-state"))));
		assertThat(((Number) this.browser.script("return window.uploads.most")).intValue())
			.as("never more at once than the server processes").isEqualTo(2);
		assertThat(rows()).extracting((row) -> row.findElement(By.cssSelector("[data-photo-name]")).getText())
			.containsExactly("one.jpg", "two.jpg", "three.jpg", "four.jpg", "five.jpg");
	}

	@Test
	void anImagePastedIntoTheTextOrDroppedOnTheGalleryIsUploadedAndTheTextStaysAsTyped() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		body.sendKeys("Typed before the paste.");

		// What a browser hands a page for a screenshot pasted or a file dropped: a PNG drawn here.
		this.browser.script("""
				const canvas = document.createElement('canvas');
				canvas.width = 640;
				canvas.height = 480;
				canvas.getContext('2d').fillRect(0, 0, 640, 480);
				const image = (name) => new Promise((done) => canvas.toBlob((blob) => done(new File([blob], name,
				  { type: 'image/png' })), 'image/png'));
				return Promise.all([image('pasted.png'), image('dropped.png')]).then(([pasted, dropped]) => {
				  const clipboard = new DataTransfer();
				  clipboard.items.add(pasted);
				  document.querySelector('#body').dispatchEvent(new ClipboardEvent('paste',
				    { clipboardData: clipboard, bubbles: true, cancelable: true }));
				  const drag = new DataTransfer();
				  drag.items.add(dropped);
				  document.querySelector('#photo-gallery').dispatchEvent(new DragEvent('drop',
				    { dataTransfer: drag, bubbles: true, cancelable: true }));
				});""");

		this.browser.waiting().until((driver) -> rows().size() == 2
				&& rows().stream().allMatch((row) -> "done".equals(row.getDomAttribute("data-state"))));
		assertThat(rows()).extracting((row) -> row.findElement(By.cssSelector("[data-photo-name]")).getText())
			.containsExactly("pasted.png", "dropped.png");
		assertThat(body.getDomProperty("value")).as("the paste of an image adds nothing to the text")
			.isEqualTo("Typed before the paste.");
	}

	@Test
	void onAPhoneTheGalleryFitsTheScreenAndEveryTargetTakesAThumb() throws IOException {
		this.browser.emulatePhone(2);
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		WebElement body = this.browser.signInToWriteAt(composer(blog), DemoAccounts.EDITOR);
		body.sendKeys("From the summit, two photos.");

		upload(PHONE_PHOTO, 1).findElement(By.cssSelector("[data-photo-field=alt]")).sendKeys("Zelensky at the door");
		upload(landscape("summit.jpg"), 2).findElement(By.cssSelector("[data-photo-field=alt]"))
			.sendKeys("Leaders at the summit");

		assertThat(this.browser.pageWidth())
			.as("nothing pushes the page sideways").isLessThanOrEqualTo(PHONE_WIDTH);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> small = (List<Map<String, Object>>) this.browser.script("""
				return [...document.querySelectorAll('.photo-row-actions .button, .photo-pick-button')]
				  .filter((e) => e.offsetParent !== null)
				  .map((e) => ({what: e.textContent.trim(), height: e.getBoundingClientRect().height,
				                width: e.getBoundingClientRect().width}))
				  .filter((e) => e.height < arguments[0] || e.width < arguments[0]);""", THUMB);
		assertThat(small).as("targets under %d px", THUMB).isEmpty();
		this.browser.script("document.querySelector('#photo-gallery').scrollIntoView()");
		this.browser.screenshotOnThePhone("phone-composer-two-photos");

		this.browser.driver().findElement(By.cssSelector("form#composer button[data-publish]")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));
		this.browser.open("/live/" + blog.getSlug());
		assertThat(this.browser.driver().findElements(By.cssSelector(".entry-gallery img"))).hasSize(2);
		assertThat(this.browser.pageWidth())
			.as("the gallery fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/**
	 * On a phone, an editor publishing a reporter's submission from its page (four buttons: the action bar wraps to
	 * three rows) adds a photo and presses Publish before describing it: the form stops at the photo's alternative
	 * text, and shows it above the action bar, not under it where the editor had scrolled it.
	 */
	@Test
	void onAPhonePublishStoppedAtAPhotosMissingDescriptionShowsTheFieldAboveTheActionBar() throws IOException {
		this.browser.emulatePhone(2);
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry submitted = this.newsroom.write(blog, new EntryText(null, "From the summit.", false),
				Publication.submitted(), this.newsroom.actor(DemoAccounts.REPORTER));
		this.browser.signInToWriteAt(composer(blog) + "/entries/" + submitted.getId() + "/edit", DemoAccounts.EDITOR);
		WebElement alt = upload(PHONE_PHOTO, 1).findElement(By.cssSelector("[data-photo-field=alt]"));
		// Scrolled so that the field is just under the bar, as a thumb leaves it.
		this.browser.script("""
				const bar = document.querySelector('#entry-form .form-actions');
				window.scrollBy(0, arguments[0].getBoundingClientRect().top - bar.getBoundingClientRect().top - 4);""", alt);
		assertThat(barCovers(alt)).as("the field starts under the bar").isTrue();

		this.browser.driver().findElement(By.cssSelector("#entry-form button[data-publish]")).click();

		this.browser.waiting().until((driver) -> "photos[0].alt".equals(focusedName()));
		assertThat(barCovers(alt)).as("the field the form stopped at is in sight").isFalse();
		assertThat(inView(alt)).isTrue();
		assertThat(this.newsroom.stored(blog, submitted.getId()).isPublished()).as("nothing went out").isFalse();
	}

	private boolean barCovers(WebElement field) {
		return Boolean.TRUE.equals(this.browser.script("""
				const bar = arguments[0].form.querySelector('.form-actions').getBoundingClientRect();
				return arguments[0].getBoundingClientRect().bottom > bar.top;""", field));
	}

	/** Chooses the file in the gallery's picker and waits until its row (the n-th) is uploaded. */
	private WebElement upload(Path file, int nth) {
		WebElement row = chooseFile(file, nth);
		this.browser.waiting().until((driver) -> "done".equals(row.getDomAttribute("data-state")));
		WebElement progress = row.findElement(By.cssSelector("progress"));
		assertThat(progress.getDomProperty("value")).as("the progress ended").isEqualTo("100");
		assertThat(progress.isDisplayed()).isFalse();
		this.browser.waiting().until((driver) -> loaded(row.findElement(By.cssSelector("img.photo-thumb"))));
		return row;
	}

	private WebElement chooseFile(Path file, int nth) {
		WebElement picker = this.browser.driver().findElement(By.cssSelector("input[type=file][multiple]"));
		// Where an editor's click on "Add photos" leaves the focus (sendKeys alone leaves it where it was).
		this.browser.script("arguments[0].focus()", picker);
		picker.sendKeys(file.toString());
		this.browser.waiting().until((driver) -> rows().size() >= nth);
		return rows().get(nth - 1);
	}

	private List<WebElement> rows() {
		return this.browser.driver().findElements(By.cssSelector("[data-photo-rows] > li.photo-row"));
	}

	private boolean inView(WebElement element) {
		return Boolean.TRUE.equals(this.browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;""", element));
	}

	private String focusedName() {
		return (String) this.browser.script("return document.activeElement.name");
	}

	private boolean loaded(WebElement image) {
		return Boolean.TRUE.equals(this.browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0",
				image));
	}

	/** The colour in the middle of the image's top edge, as the browser decoded it. */
	@SuppressWarnings("unchecked")
	private List<Long> topPixel(WebElement image) {
		return (List<Long>) this.browser.script("""
				const image = arguments[0];
				const canvas = document.createElement('canvas');
				canvas.width = image.naturalWidth;
				canvas.height = image.naturalHeight;
				const context = canvas.getContext('2d');
				context.drawImage(image, 0, 0);
				const data = context.getImageData(Math.floor(image.naturalWidth / 2), 5, 1, 1).data;
				return [data[0], data[1], data[2]];""", image);
	}

	/** A landscape photo, 1600 x 1000: sky over a field. */
	private Path landscape(String name) throws IOException {
		BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x4a90d9));
		graphics.fillRect(0, 0, 1600, 500);
		graphics.setColor(new Color(0x3c8d3c));
		graphics.fillRect(0, 500, 1600, 500);
		graphics.dispose();
		Path file = this.files.resolve(name);
		ImageIO.write(image, "jpeg", file.toFile());
		return file;
	}

	private static String composer(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug();
	}

}
