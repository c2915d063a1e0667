package news.liveblog.photo;

import java.awt.Color;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees a photo: readers once it is in a published entry of a public blog (or in a revision of one) and
 * not a moment after a retraction, signed-in editors always; everyone else gets the 404 of a photo that never
 * was. What is served says its type, may be kept for a year by browsers, and is answered 304 when unchanged.
 */
@ApplicationTest
class PhotoServingTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PhotoUploads uploads;

	private Galleries galleries;

	@BeforeEach
	void helpers() {
		this.galleries = new Galleries(this.jdbc);
	}

	@Test
	void readersSeeAPhotoOnlyFromItsPublicationUntilItsRetraction() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(1000, 750, Color.RED), "image/jpeg");
		Entry draft = this.newsroom.write(blog, EntryText.of("The summit, soon."), Publication.draft());
		this.galleries.show(draft, photo);
		assertThat(asReader(photo.path(480))).as("in a draft").hasStatus(HttpStatus.NOT_FOUND);

		Entry published = this.newsroom.publish(blog, "The summit opens.", Instant.now());
		this.galleries.show(published, photo);
		MvcTestResult served = asReader(photo.path(480));
		assertThat(served).hasStatusOk().hasContentType("image/jpeg");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(this.uploads.rendition(photo.key(), 480));
		assertThat(served).headers()
			.hasValue("Cache-Control", "public, max-age=31536000, immutable, s-maxage=60")
			.hasValue("ETag", "\"" + photo.key() + "-480\"")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Content-Length", Integer.toString(this.uploads.rendition(photo.key(), 480).length));
		assertThat(served.getRequest().getSession(false)).as("no session for a reader").isNull();

		this.newsroom.retract(blog, published, "Wrong summit.");
		assertThat(asReader(photo.path(480))).as("retracted").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(asReader(photo.largestPath())).as("retracted, largest").hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRenditionIsReadFromTheDatabaseOnceAndItsPublicationAtEveryRequest() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(900, 600, Color.GREEN), "image/jpeg");
		Entry published = this.newsroom.publish(blog, "The summit opens.", Instant.now());
		this.galleries.show(published, photo);
		byte[] stored = this.uploads.rendition(photo.key(), 480);
		assertThat(asReader(photo.path(480)).getResponse().getContentAsByteArray()).isEqualTo(stored);

		// Were the database read again, this is what would be served.
		this.jdbc.sql("update photo_rendition set bytes = ? where photo_key = ? and width = 480")
			.params(new byte[] { 1, 2, 3 }, photo.key())
			.update();
		assertThat(asReader(photo.path(480)).getResponse().getContentAsByteArray()).as("from memory")
			.isEqualTo(stored);

		this.newsroom.retract(blog, published, "Wrong summit.");
		assertThat(asReader(photo.path(480))).as("retracted, though in memory").hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aBlogReadersCannotSeeShowsThemNoPhoto() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(600, 400, Color.ORANGE), "image/jpeg");
		Entry entry = this.newsroom.publish(blog, "Prepared in advance.", Instant.now());
		this.galleries.show(entry, photo);

		assertThat(asReader(photo.path(480))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCorrectionKeepsTheEarlierPhotoInTheHistory() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto earlier = this.uploads.uploaded(TestImages.jpeg(800, 600, Color.BLUE), "image/jpeg");
		Entry entry = this.newsroom.publish(blog, "The summit opens.", Instant.now());
		this.galleries.show(entry, earlier);
		Entry corrected = this.newsroom.correct(blog, this.newsroom.stored(blog, entry.getId()),
				EntryText.of("The summit opens late."), "Later than said.");
		this.galleries.showInLatestRevision(corrected, earlier);
		this.galleries.empty(corrected);

		assertThat(asReader(earlier.path(480))).as("in the revision").hasStatusOk();

		this.newsroom.retract(blog, this.newsroom.stored(blog, entry.getId()), "Wrong summit.");
		assertThat(asReader(earlier.path(480))).as("the entry retracted").hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSignedInEditorSeesADraftsPhotoThatNoCacheKeeps() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(700, 500, Color.GREEN), "image/jpeg");

		MvcTestResult preview = this.mvc.get().uri(photo.path(480)).with(this.backOffice.asEditor()).exchange();

		assertThat(preview).hasStatusOk().hasContentType("image/jpeg");
		assertThat(preview).headers().hasValue("Cache-Control", "private, no-cache");
		assertThat(asReader(photo.path(480))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aContributorSeesTheirOwnUnpublishedPhotosButNotAnotherDraftsByItsKey() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto editors = this.uploads.uploaded(TestImages.jpeg(700, 500, Color.RED), "image/jpeg");
		this.galleries.show(this.newsroom.write(blog, EntryText.of("Not yet."), Publication.draft()), editors);
		MvcTestResult reportersUpload = this.uploads.upload(TestImages.jpeg(700, 500, Color.BLUE), "image/jpeg",
				this.backOffice.as(DemoAccounts.REPORTER), "en");
		String reporters = (String) PhotoUploads.read(reportersUpload, "key");

		assertThat(asReporter("/media/" + reporters + "/480")).as("their own upload").hasStatusOk();
		assertThat(asReporter(editors.path(480))).as("another's draft's photo").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(editors.path(480)).with(this.backOffice.asEditor()).exchange())
			.as("an editor, who reviews drafts").hasStatusOk();
	}

	private MvcTestResult asReporter(String path) {
		return this.mvc.get().uri(path).with(this.backOffice.as(DemoAccounts.REPORTER)).exchange();
	}

	@Test
	void anUnchangedPhotoIsAnswered304ButOnlyToWhoMaySeeIt() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(900, 600, Color.YELLOW), "image/jpeg");
		Entry entry = this.newsroom.publish(blog, "The summit opens.", Instant.now());
		this.galleries.show(entry, photo);
		String etag = "\"" + photo.key() + "-480\"";

		MvcTestResult unchanged = this.mvc.get().uri(photo.path(480)).header("If-None-Match", etag).exchange();
		assertThat(unchanged).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(unchanged).headers()
			.hasValue("ETag", etag)
			.hasValue("Cache-Control", "public, max-age=31536000, immutable, s-maxage=60");

		this.newsroom.retract(blog, entry, "Wrong summit.");
		assertThat(this.mvc.get().uri(photo.path(480)).header("If-None-Match", etag).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAddressOfNoRenditionIs404() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(1000, 500, Color.PINK), "image/jpeg");
		this.galleries.show(this.newsroom.publish(blog, "The summit opens.", Instant.now()), photo);
		String key = photo.key();

		assertThat(asReader("/media/" + key + "/480")).hasStatusOk();
		for (String address : new String[] { "/media/" + key + "/481", "/media/" + key + "/2048",
				"/media/" + key + "/0480", "/media/" + key + "/-1", "/media/" + key + "/99999999999",
				"/media/" + key.toUpperCase() + "/480", "/media/" + key.substring(1) + "/480",
				"/media/" + "0".repeat(64) + "/480", "/media/" + key + "/480.svg", "/media/" + key + "/abc",
				"/media/" + key, "/media/" + key + "/480/480" }) {
			MvcTestResult result = asReader(address);
			assertThat(result.getResponse().getStatus()).as(address).isEqualTo(404);
		}
	}

	@Test
	void photosAreOnlyRead() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpeg(500, 300, Color.CYAN), "image/jpeg");

		assertThat(this.mvc.post().uri(photo.path(480)).exchange()).hasStatus(405).hasHeader("Allow", "GET, HEAD");
		assertThat(this.mvc.delete().uri(photo.path(480)).exchange()).hasStatus(405).hasHeader("Allow", "GET, HEAD");
	}

	private MvcTestResult asReader(String path) {
		return this.mvc.get().uri(path).exchange();
	}

}
