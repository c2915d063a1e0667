package news.liveblog.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.PhotoRows;
import news.liveblog.account.Editor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.photo.StoredPhoto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's gallery through the composer's form: the photos in the order the form sends them, each with the
 * size and type the photo module stored whatever the form says; every rule's message beside its photo with
 * everything typed kept; a correction of the gallery keeps the earlier photos in the history; two editors
 * changing it differently choose on the conflict page; a reporter's photos reach the review queue.
 */
@ApplicationTest
class GalleryInTheComposerTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theGalleryKeepsTheFormsOrderAndTheStoredPhotosSizeWhateverTheFormSays() {
		LiveBlog blog = draftBlog();
		StoredPhoto first = photo();
		StoredPhoto second = photo();

		MvcTestResult result = this.backOffice.newEntry(blog)
			.body("Two photos.")
			.field("photos[0].key", second.key())
			.field("photos[0].alt", "Shown first")
			.field("photos[0].width", "99999")
			.field("photos[0].type", "text/html")
			.field("photos[1].key", first.key())
			.field("photos[1].alt", "Shown second")
			.field("photos[1].preview", "/media/elsewhere")
			.send("draft");

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Entry stored = this.newsroom.stored(blog, BackOffice.doneEntryId(result));
		assertThat(stored.getPhotos()).containsExactly(EntryPhoto.of(second, "Shown first", null, null),
				EntryPhoto.of(first, "Shown second", null, null));

		Element form = this.backOffice.editPage(blog, stored.getId(), this.backOffice.asEditor())
			.selectFirst("form.composer-form");
		List<Element> rows = form.select("[data-photo-rows] > li.photo-row");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).selectFirst("input[name=\"photos[0].key\"]").val()).isEqualTo(second.key());
		assertThat(rows.get(0).selectFirst("input[name=\"photos[0].alt\"]").val()).isEqualTo("Shown first");
		assertThat(rows.get(0).selectFirst("label[for=photo-0-alt]")).isNotNull();
		assertThat(rows.get(0).selectFirst("img.photo-thumb").attr("src")).isEqualTo(second.path(480));
		assertThat(form.select("template input[name]")).as("the script's row template is no field of the form")
			.isEmpty();
	}

	static Stream<Arguments> refusedPhotos() {
		return Stream.of(
				Arguments.of("photos[1].alt", "", "Describe what the photo shows, for readers who cannot see it."),
				Arguments.of("photos[1].alt", "A".repeat(301), "The alternative text can be at most 300 characters. "
						+ "This one has 1 too many; nothing was cut. Shorten it and send it again."),
				Arguments.of("photos[1].caption", "C".repeat(302), "The caption can be at most 300 characters. "
						+ "This one has 2 too many; nothing was cut. Shorten it and send it again."),
				Arguments.of("photos[1].credit", "C".repeat(101), "The credit can be at most 100 characters. "
						+ "This one has 1 too many; nothing was cut. Shorten it and send it again."),
				Arguments.of("photos[1].key", "0".repeat(64), "This photo is no longer on the server, upload it again."),
				Arguments.of("photos[1].key", "../../etc/passwd", "This photo is no longer on the server, upload it again."));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("refusedPhotos")
	void aRefusedPhotoComesBackWithTheReasonBesideItEverythingTypedKeptAndNothingSaved(String field, String value,
			String message) {
		LiveBlog blog = draftBlog();
		Map<String, String> fields = twoPhotos();
		fields.put(field, value);

		MvcTestResult result = this.backOffice.newEntry(blog).fields(fields).send("publish");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		Element row = form.select("[data-photo-rows] > li.photo-row").get(1);
		assertThat(row.select(".field-error")).singleElement()
			.satisfies((error) -> assertThat(error.text()).isEqualTo(message));
		assertThat(form.select(".field-error")).as("nothing beside the other fields").hasSize(1);
		fields.forEach((name, typed) -> {
			if (!name.equals("body")) {
				assertThat(form.selectFirst("input[name=\"" + name + "\"]").val()).as(name).isEqualTo(typed);
			}
		});
		assertThat(form.selectFirst("textarea[name=body]").wholeText()).isEqualTo(fields.get("body"));
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void moreThanTwentyPhotosAreRefusedBesideTheGallery() {
		LiveBlog blog = draftBlog();
		StoredPhoto photo = photo();
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "A long story."));
		for (int i = 0; i < 21; i++) {
			fields.put("photos[" + i + "].key", photo.key());
			fields.put("photos[" + i + "].alt", "Photo " + i);
		}

		MvcTestResult result = this.backOffice.newEntry(blog).fields(fields).send("publish");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element gallery = Pages.parse(result).selectFirst("form#composer fieldset.photo-gallery");
		assertThat(gallery.selectFirst("#photos-error").text())
			.isEqualTo("An entry can have at most 20 photos: remove some, or put them in another entry.");
		assertThat(gallery.select("[data-photo-rows] > li.photo-row")).as("every photo kept").hasSize(21);
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void aCorrectionOfTheGalleryKeepsTheEarlierPhotosInThePublicHistory() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		Map<String, String> original = twoPhotos();
		long id = BackOffice.doneEntryId(this.backOffice.newEntry(blog).fields(original).send("publish"));
		Map<String, String> form = fields(this.backOffice.editPage(blog, id, this.backOffice.asEditor()));
		StoredPhoto replacement = photo();

		form.put("photos[1].key", replacement.key());
		form.put("photos[1].alt", "The press conference");
		form.put("publicNote", "Wrong photo");
		assertThat(this.backOffice.correction(blog, id).fields(form).send("save")).hasStatus(HttpStatus.FOUND);

		Document feed = this.backOffice.publicFeed(blog);
		assertThat(feed.getElementById("entry-" + id).select(".entry-gallery img").eachAttr("alt"))
			.containsExactly("Leaders at the summit", "The press conference");
		Document history = this.backOffice.page("/live/" + blog.getSlug() + "/entries/" + id + "/revisions", null);
		Element earlier = history.selectFirst("article.revision");
		assertThat(earlier.select(".entry-gallery img").eachAttr("alt"))
			.containsExactly("Leaders at the summit", "The president at the lectern");
		assertThat(earlier.select(".entry-gallery img").get(1).attr("src"))
			.startsWith("/media/" + original.get("photos[1].key"));
		assertThat(earlier.select(".revision-change").eachAttr("data-field")).containsExactly("photos");
		assertThat(earlier.selectFirst(".revision-changes").text()).isEqualTo("What changed: photos");
		assertThat(this.newsroom.auditTrailOf(id)).filteredOn((event) -> event.getAction().equals("entry.EDITED"))
			.singleElement()
			.satisfies((event) -> assertThat(event.getDetails()).isEqualTo("changed photos; note: Wrong photo"));
	}

	@Test
	void twoEditorsChangingTheGalleryDifferentlyChooseOnTheConflictPage() {
		TwoEditors editors = twoEditorsOpenAnEntryWithTwoPhotos();
		LiveBlog blog = editors.blog();
		long id = editors.id();
		Editor a = editors.a();
		Editor b = editors.b();
		Map<String, String> formOfA = editors.formOfA();
		Map<String, String> formOfB = editors.formOfB();

		formOfA.put("photos[0].alt", "Leaders at the summit in Brussels");
		assertThat(this.backOffice.correction(blog, id).as(as(a)).fields(formOfA).send("save"))
			.hasStatus(HttpStatus.FOUND);
		formOfB.remove("photos[1].key");
		formOfB.remove("photos[1].alt");
		formOfB.remove("photos[1].preview");
		MvcTestResult second = this.backOffice.correction(blog, id).as(as(b)).fields(formOfB).send("save");

		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(second);
		Element photos = page.getElementById("conflict-photos");
		assertThat(photos.classNames()).contains("conflict-field-conflict");
		assertThat(photos.select(".conflict-theirs .conflict-photo-alt").eachText())
			.containsExactly("Leaders at the summit in Brussels", "The president at the lectern");
		assertThat(photos.select(".conflict-mine .conflict-photo-alt").eachText()).containsExactly("Leaders at the summit");
		assertThat(photos.select("input[type=radio][name=keep.photos]")).hasSize(2);

		Map<String, String> chosen = fields(page.selectFirst("form.conflict-form"));
		chosen.put("keep.photos", "theirs");
		assertThat(this.backOffice.correction(blog, id).as(as(b)).fields(chosen).send("save"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.stored(blog, id).getPhotos()).extracting(EntryPhoto::alt)
			.containsExactly("Leaders at the summit in Brussels", "The president at the lectern");
	}

	@Test
	void onlyOneEditorChangingTheGalleryKeepsTheirChangeWithTheOthersText() {
		TwoEditors editors = twoEditorsOpenAnEntryWithTwoPhotos();
		LiveBlog blog = editors.blog();
		long id = editors.id();
		Editor a = editors.a();
		Editor b = editors.b();
		Map<String, String> formOfA = editors.formOfA();
		Map<String, String> formOfB = editors.formOfB();

		formOfA.put("photos[0].key", formOfA.get("photos[1].key"));
		formOfA.put("photos[0].alt", formOfA.get("photos[1].alt"));
		formOfA.put("photos[1].key", formOfB.get("photos[0].key"));
		formOfA.put("photos[1].alt", formOfB.get("photos[0].alt"));
		assertThat(this.backOffice.correction(blog, id).as(as(a)).fields(formOfA).send("save"))
			.hasStatus(HttpStatus.FOUND);
		formOfB.put("body", "The leaders meet in Brussels today.");
		assertThat(this.backOffice.correction(blog, id).as(as(b)).fields(formOfB).send("save"))
			.hasStatus(HttpStatus.FOUND);

		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getBodySource()).isEqualTo("The leaders meet in Brussels today.");
		assertThat(stored.getPhotos()).extracting(EntryPhoto::alt)
			.containsExactly("The president at the lectern", "Leaders at the summit");
	}

	@Test
	void aReportersSubmissionWithPhotosReachesTheReviewQueueWithThem() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Map<String, String> fields = twoPhotos();

		MvcTestResult submitted = this.backOffice.newEntry(blog).as(this.backOffice.as(DemoAccounts.REPORTER))
			.fields(fields).send("submit");

		assertThat(submitted).hasStatus(HttpStatus.FOUND);
		long id = BackOffice.doneEntryId(submitted);
		Document queue = this.backOffice.page("/admin/live/" + blog.getSlug() + "/review", this.backOffice.asEditor());
		Element item = queue.selectFirst("#review-queue [data-entry-id=" + id + "]");
		assertThat(item.select(".review-photos img").eachAttr("alt"))
			.containsExactly("Leaders at the summit", "The president at the lectern");
		Element form = this.backOffice.editPage(blog, id, this.backOffice.asEditor()).selectFirst("form.composer-form");
		assertThat(form.select("[data-photo-rows] > li.photo-row input[name$=.alt]").eachAttr("value"))
			.containsExactly("Leaders at the summit", "The president at the lectern");
	}

	@Test
	void thePreviewShowsTheGalleryAndSavesNothing() {
		LiveBlog blog = draftBlog();

		Document page = Pages.parse(this.backOffice.newEntry(blog).fields(twoPhotos()).send("preview"));

		assertThat(page.select("section.preview .entry-gallery img").eachAttr("alt"))
			.containsExactly("Leaders at the summit", "The president at the lectern");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	/** An entry with two photos, published by A; A and B each open its correction form. */
	private TwoEditors twoEditorsOpenAnEntryWithTwoPhotos() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Editor a = this.backOffice.newEditor();
		Editor b = this.backOffice.newEditor();
		long id = BackOffice.doneEntryId(this.backOffice.newEntry(blog).as(as(a)).fields(twoPhotos()).send("publish"));
		return new TwoEditors(blog, id, a, b, fields(this.backOffice.editPage(blog, id, as(a))),
				fields(this.backOffice.editPage(blog, id, as(b))));
	}

	private record TwoEditors(LiveBlog blog, long id, Editor a, Editor b, Map<String, String> formOfA,
			Map<String, String> formOfB) {
	}

	private Map<String, String> twoPhotos() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("body", "The leaders meet in Brussels.");
		fields.put("photos[0].key", photo().key());
		fields.put("photos[0].alt", "Leaders at the summit");
		fields.put("photos[0].caption", "The family photo");
		fields.put("photos[0].credit", "AFP");
		fields.put("photos[1].key", photo().key());
		fields.put("photos[1].alt", "The president at the lectern");
		return fields;
	}

	private StoredPhoto photo() {
		return new PhotoRows(this.jdbc).insert(1600, 1067);
	}

	private LiveBlog draftBlog() {
		return this.newsroom.openBlog(LiveBlogStatus.DRAFT);
	}

	private RequestPostProcessor as(Editor editor) {
		return this.backOffice.as(editor);
	}

	/** What a browser would send of the page's form, before the editor changes anything. */
	private static Map<String, String> fields(Document page) {
		return fields(page.selectFirst("form.composer-form"));
	}

	private static Map<String, String> fields(Element form) {
		return Pages.formFields(form);
	}

}
