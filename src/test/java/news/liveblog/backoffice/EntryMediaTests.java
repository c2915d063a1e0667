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
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.LinkCard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor adds an image and a link card to an entry: readers get a captioned, credited image that loads
 * lazily in a reserved space and a card linking out, and nothing else from another site; an address a
 * browser must not load or follow is refused beside its field with everything typed kept; a changed image
 * is a correction whose earlier version stays in the history.
 */
@ApplicationTest
class EntryMediaTests {

	private static final String PHOTO = "https://images.example.org/2024/summit-family-photo.jpg";

	private static final String ARTICLE = "https://www.example.org/news/summit-conclusions";

	private static final String CARD_IMAGE = "https://images.example.org/cards/conclusions.png";

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void anImageAndALinkCardGoFromTheComposerToReadersAndBackIntoTheEditForm() {
		LiveBlog blog = blog();

		MvcTestResult result = write(blog, "publish", withMedia());

		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = BackOffice.doneEntryId(result);
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getImage()).isEqualTo(new EntryImage(PHOTO, "Leaders line up for the family photo",
				"The 27 leaders before the summit", "AFP / John Thys", 1600, 1067));
		assertThat(stored.getLinkCard()).isEqualTo(new LinkCard(ARTICLE, "The summit’s conclusions", null, CARD_IMAGE));

		Element article = publicFeed(blog).selectFirst(".feed-entries #entry-" + id);
		Element image = article.selectFirst("figure.entry-figure img");
		assertThat(image.attr("src")).isEqualTo(PHOTO);
		assertThat(image.attr("alt")).isEqualTo("Leaders line up for the family photo");
		assertThat(image.attr("loading")).isEqualTo("lazy");
		assertThat(image.attr("decoding")).isEqualTo("async");
		assertThat(image.attr("width")).isEqualTo("1600");
		assertThat(image.attr("height")).isEqualTo("1067");
		assertThat(image.attr("referrerpolicy")).isEqualTo("no-referrer");
		assertThat(image.classNames()).doesNotContain("entry-image-framed");
		assertThat(article.selectFirst("figcaption .entry-caption").text()).isEqualTo("The 27 leaders before the summit");
		assertThat(article.selectFirst("figcaption .entry-credit").text()).isEqualTo("Credit: AFP / John Thys");
		Element card = article.selectFirst("a.link-card");
		assertThat(card.attr("href")).isEqualTo(ARTICLE);
		assertThat(card.selectFirst(".link-card-title").text()).isEqualTo("The summit’s conclusions");
		assertThat(card.selectFirst(".link-card-site").text()).as("the domain, without a site name").isEqualTo("example.org");
		Element cardImage = card.selectFirst("img");
		assertThat(cardImage.attr("src")).isEqualTo(CARD_IMAGE);
		assertThat(cardImage.attr("alt")).as("decorative: the title says it all").isEmpty();
		assertThat(cardImage.attr("loading")).isEqualTo("lazy");
		assertThat(cardImage.hasAttr("width") && cardImage.hasAttr("height")).isTrue();
		assertThat(article.select("script, iframe, embed, object")).as("nothing runs from another site").isEmpty();

		Element form = editPage(blog, id).selectFirst("form.composer-form");
		withMedia().forEach((field, value) -> {
			if (!field.equals("body")) {
				assertThat(form.selectFirst("[name=" + field + "]").val()).as(field).isEqualTo(value);
			}
		});
	}

	@Test
	void anImageWithoutItsSizeIsFittedIntoA16By9Frame() {
		LiveBlog blog = blog();
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "A picture.", "image.url", PHOTO, "image.alt",
				"The summit building", "image.width", "", "image.height", ""));

		long id = BackOffice.doneEntryId(write(blog, "publish", fields));

		Element article = publicFeed(blog).selectFirst(".feed-entries #entry-" + id);
		Element image = article.selectFirst("figure img");
		assertThat(image.attr("width")).isEqualTo("1200");
		assertThat(image.attr("height")).isEqualTo("675");
		assertThat(image.classNames()).contains("entry-image-framed");
		assertThat(article.selectFirst("figcaption")).as("no empty caption").isNull();
		assertThat(article.selectFirst("a.link-card")).isNull();
	}

	@Test
	void captionCreditAndCardTextsAreShownAsTextNeverObeyed() {
		LiveBlog blog = blog();
		Map<String, String> fields = withMedia();
		fields.put("image.caption", "<script>alert(1)</script>");
		fields.put("image.alt", "\" onerror=\"alert(1)");
		fields.put("link.title", "<img src=x onerror=alert(1)>");
		fields.put("link.siteName", "<b>Site</b>");

		long id = BackOffice.doneEntryId(write(blog, "publish", fields));

		Element article = publicFeed(blog).selectFirst(".feed-entries #entry-" + id);
		assertThat(article.select("script")).isEmpty();
		assertThat(article.selectFirst(".entry-caption").text()).isEqualTo("<script>alert(1)</script>");
		Element image = article.selectFirst("figure img");
		assertThat(image.attr("alt")).isEqualTo("\" onerror=\"alert(1)");
		assertThat(image.hasAttr("onerror")).isFalse();
		assertThat(article.selectFirst(".link-card-title").text()).isEqualTo("<img src=x onerror=alert(1)>");
		assertThat(article.select(".link-card img")).hasSize(1);
		assertThat(article.selectFirst(".link-card-site").text()).isEqualTo("<b>Site</b>");
	}

	static Stream<Arguments> refusedMedia() {
		String imageUnsafe = "Give the image’s full address, starting with https:// (javascript:, data:, http:// and addresses without a site are refused).";
		String linkUnsafe = "Give the linked page’s full address, starting with https:// or http:// (javascript:, data: and addresses without a site are refused).";
		String cardImageUnsafe = "Give the card image’s full address, starting with https://, or leave it empty.";
		return Stream.of(
				Arguments.of("image.url", "javascript:alert(document.cookie)", imageUnsafe),
				Arguments.of("image.url", "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", imageUnsafe),
				Arguments.of("image.url", "/images/summit.jpg", imageUnsafe),
				Arguments.of("image.url", "//evil.example/summit.jpg", imageUnsafe),
				Arguments.of("image.url", "http://images.example.org/summit.jpg", imageUnsafe),
				Arguments.of("image.url", "https://bank.example@evil.example/x.jpg", imageUnsafe),
				Arguments.of("link.url", "javascript:alert(1)", linkUnsafe),
				Arguments.of("link.url", "JaVaScRiPt:alert(1)", linkUnsafe),
				Arguments.of("link.url", "data:text/html,<script>alert(1)</script>", linkUnsafe),
				Arguments.of("link.url", "news/summit-conclusions", linkUnsafe),
				Arguments.of("link.url", "vbscript:msgbox(1)", linkUnsafe),
				Arguments.of("link.imageUrl", "javascript:alert(1)", cardImageUnsafe),
				Arguments.of("link.imageUrl", "http://images.example.org/card.png", cardImageUnsafe),
				Arguments.of("image.alt", "", "Describe what the image shows, for readers who cannot see it."),
				Arguments.of("link.title", "  ", "Give the linked page’s title."),
				Arguments.of("image.width", "12000", "Give a whole number of pixels from 1 to 10,000."),
				Arguments.of("image.width", "0", "Give a whole number of pixels from 1 to 10,000."),
				Arguments.of("image.height", "", "Give both the width and the height, or neither."),
				Arguments.of("image.credit", "C".repeat(101), "The credit can be at most 100 characters. This one has 1 too many; nothing was cut. "
						+ "Shorten it and send it again."));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("refusedMedia")
	void aRefusedImageOrLinkComesBackWithTheReasonBesideItsFieldEverythingTypedKeptAndNothingSaved(String field,
			String value, String message) {
		LiveBlog blog = draftBlog();
		Map<String, String> fields = withMedia();
		fields.put(field, value);

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		Element input = form.selectFirst("[name=" + field + "]");
		assertThat(input.classNames()).contains("invalid");
		assertThat(input.closest(".field").selectFirst(".field-error").text()).isEqualTo(message);
		assertThat(form.select(".field-error")).as("no error beside the other fields").hasSize(1);
		assertThat(input.closest("details").hasAttr("open")).as("the fields with the error are unfolded").isTrue();
		fields.forEach((name, typed) -> {
			if (!name.equals("body")) {
				assertThat(form.selectFirst("[name=" + name + "]").val()).as(name).isEqualTo(typed);
			}
		});
		assertThat(form.selectFirst("textarea[name=body]").wholeText()).isEqualTo(fields.get("body"));
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void aSizeThatIsNotANumberIsRefusedBesideItsField() {
		LiveBlog blog = draftBlog();
		Map<String, String> fields = withMedia();
		fields.put("image.width", "wide");

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element width = Pages.parse(result).selectFirst("form#composer #imageWidth");
		assertThat(width.closest(".field").selectFirst(".field-error").text())
			.isEqualTo("Give a whole number of pixels from 1 to 10,000.");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void imageDetailsWithoutTheImageAskForItsAddress() {
		LiveBlog blog = draftBlog();

		MvcTestResult result = write(blog, "publish",
				new LinkedHashMap<>(Map.of("body", "Text.", "image.alt", "An alt text", "link.title", "A title")));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(form.selectFirst("#imageUrl").closest(".field").selectFirst(".field-error").text())
			.isEqualTo("Give the image’s address (https://…), or empty the other image fields.");
		assertThat(form.selectFirst("#linkUrl").closest(".field").selectFirst(".field-error").text())
			.isEqualTo("Give the linked page’s address, or empty the other link card fields.");
	}

	@Test
	void aQuickTextEntryShowsTheMediaFieldsFolded() {
		Document composer = Pages.parse(
				this.backOffice.get("/admin/live/" + draftBlog().getSlug(), this.backOffice.asEditor()));

		List<Element> media = composer.select("form#composer details.media-fields");
		assertThat(media).hasSize(3).noneMatch((details) -> details.hasAttr("open"));
		assertThat(composer.selectFirst("label[for=imageAlt]").text()).startsWith("Alternative text");
	}

	@Test
	void previewShowsTheImageAndTheCardAndSavesNothing() {
		LiveBlog blog = draftBlog();

		Element preview = Pages.parse(write(blog, "preview", withMedia())).selectFirst("section.preview");

		assertThat(preview.selectFirst("figure img").attr("src")).isEqualTo(PHOTO);
		assertThat(preview.selectFirst("a.link-card").attr("href")).isEqualTo(ARTICLE);
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void changingTheImageIsACorrectionAndTheHistoryKeepsTheEarlierOne() {
		LiveBlog blog = blog();
		long id = BackOffice.doneEntryId(write(blog, "publish", withMedia()));
		Element form = editPage(blog, id).selectFirst("form.composer-form");
		String replacement = "https://images.example.org/2024/summit-press-conference.jpg";

		Map<String, String> corrected = withMedia();
		corrected.put("image.url", replacement);
		corrected.put("image.alt", "The press conference");
		assertThat(this.backOffice.correction(blog, id)
			.field("version", form.selectFirst("input[name=version]").val())
			.field("publicNote", "Wrong photo")
			.fields(corrected)
			.send("save")).hasStatus(HttpStatus.FOUND);

		Element article = publicFeed(blog).selectFirst(".feed-entries #entry-" + id);
		assertThat(article.selectFirst("figure img").attr("src")).isEqualTo(replacement);
		String history = article.selectFirst(".entry-updated a").attr("href");
		Document page = Pages.parse(this.backOffice.get(history));
		Element earlier = page.selectFirst("article.revision");
		assertThat(earlier.selectFirst("figure img").attr("src")).isEqualTo(PHOTO);
		assertThat(earlier.selectFirst("figure img").attr("alt")).isEqualTo("Leaders line up for the family photo");
		assertThat(earlier.selectFirst("a.link-card").attr("href")).isEqualTo(ARTICLE);
		assertThat(this.newsroom.entries().revisions(id)).singleElement()
			.satisfies((revision) -> assertThat(revision.text().image().url()).isEqualTo(PHOTO));
	}

	private static Map<String, String> withMedia() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("body", "The leaders **meet** in Brussels.");
		fields.put("image.url", PHOTO);
		fields.put("image.alt", "Leaders line up for the family photo");
		fields.put("image.caption", "The 27 leaders before the summit");
		fields.put("image.credit", "AFP / John Thys");
		fields.put("image.width", "1600");
		fields.put("image.height", "1067");
		fields.put("link.url", ARTICLE);
		fields.put("link.title", "The summit’s conclusions");
		fields.put("link.siteName", "");
		fields.put("link.imageUrl", CARD_IMAGE);
		return fields;
	}

	private LiveBlog blog() {
		return this.newsroom.openBlogEndedBeforeTheDemo();
	}

	/** For what happens in the back office only: a draft blog is as good, and no reader ever sees it. */
	private LiveBlog draftBlog() {
		return this.newsroom.openBlog(LiveBlogStatus.DRAFT);
	}

	private MvcTestResult write(LiveBlog blog, String action, Map<String, String> fields) {
		return this.backOffice.newEntry(blog).fields(fields).send(action);
	}

	private Document editPage(LiveBlog blog, long id) {
		return this.backOffice.editPage(blog, id, this.backOffice.asEditor());
	}

	private Document publicFeed(LiveBlog blog) {
		return this.backOffice.publicFeed(blog);
	}

}
