package news.liveblog.backoffice;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.InertHtml;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.embed.SocialNetwork;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.Publication;
import news.liveblog.entry.SocialPost;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor adds a post or video from another site to an entry: readers get a card the app prints (the
 * network, the author, the quoted text, the date, a link to the original) and nothing from the network on
 * any page or feed; an address that is no post of a supported network is refused beside its field with
 * everything typed kept, and another site's address becomes a link card.
 */
@ApplicationTest
class SocialPostTests {

	private static final String POST = "https://x.com/ZelenskyyUa/status/1861234567890123456?s=46&t=tracking";

	private static final String VIDEO = "https://youtu.be/dQw4w9WgXcQ?si=tracking";

	/** The network's own address for the post: nothing of the share link's tracking (who shared it). */
	private static final String POST_AS_PUBLISHED = "https://x.com/i/status/1861234567890123456";

	private static final String VIDEO_AS_PUBLISHED = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aPostGoesFromTheComposerToReadersAsACardAndBackIntoTheEditForm() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();

		MvcTestResult result = write(blog, "publish", withPost());

		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = BackOffice.doneEntryId(result);
		SocialPost stored = this.newsroom.stored(blog, id).getSocialPost();
		assertThat(stored.network()).isEqualTo(SocialNetwork.X);
		assertThat(stored.embedId()).isEqualTo("1861234567890123456");
		assertThat(stored.url()).isEqualTo(POST_AS_PUBLISHED);
		assertThat(stored.author()).isEqualTo("Volodymyr Zelensky @ZelenskyyUa");
		assertThat(stored.postedOn()).isEqualTo(LocalDate.of(2024, 10, 17));
		assertThat(stored.postedTime()).isEqualTo(LocalTime.of(14, 30));

		Element card = this.backOffice.publicFeed(blog).selectFirst(".feed-entries #entry-" + id + " figure.social-post");
		assertThat(card.selectFirst(".social-post-network").text()).isEqualTo("Post on X");
		assertThat(card.selectFirst(".social-post-author").text()).isEqualTo("Volodymyr Zelensky @ZelenskyyUa");
		assertThat(card.selectFirst(".social-post-text").text()).isEqualTo("We will <never> give up & we won’t.");
		assertThat(card.selectFirst("time").attr("datetime")).isEqualTo("2024-10-17T14:30");
		assertThat(card.selectFirst("time").text()).isEqualTo("October 17, 2024 2:30 PM");
		Element original = card.selectFirst("a.social-post-original");
		assertThat(original.attr("href")).isEqualTo(POST_AS_PUBLISHED);
		assertThat(original.attr("rel")).isEqualTo("nofollow noopener");
		assertThat(card.attr("data-embed-network")).isEqualTo("x");
		assertThat(card.attr("data-embed-id")).isEqualTo("1861234567890123456");
		assertThat(card.selectFirst("[data-embed-consent]").hasAttr("hidden")).as("offered only by the script").isTrue();
		assertThat(card.selectFirst("[data-embed-show]").text()).isEqualTo("Show content from X");

		Element form = this.backOffice.editPage(blog, id, this.backOffice.asEditor()).selectFirst("form.composer-form");
		withPost().forEach((field, value) -> {
			if (field.startsWith("post.") && !field.equals("post.text") && !field.equals("post.postedTime")) {
				assertThat(form.selectFirst("[name=" + field + "]").val()).as(field)
					.isEqualTo(field.equals("post.url") ? POST_AS_PUBLISHED : value);
			}
		});
		assertThat(form.selectFirst("textarea[name=post.text]").wholeText()).isEqualTo("We will <never> give up & we won’t.");
		assertThat(form.selectFirst("[name=post.postedTime]").val()).isEqualTo("14:30");
	}

	@Test
	void everyPageAndFeedShowsTheCardAndNothingFromTheNetwork() throws Exception {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		Entry entry = this.newsroom.write(blog, new EntryText(null, "NATO’s press conference.", false, null, null, List.of(),
				new SocialPost(VIDEO, "NATO", "Press conference <live>", LocalDate.of(2024, 10, 17), null)),
				Publication.publishedAt(Instant.now()));

		for (String page : List.of("/live/" + blog.getSlug(), "/live/" + blog.getSlug() + "/entries/" + entry.getId())) {
			Document document = Pages.parse(this.mvc.get().uri(page).exchange());
			InertHtml.assertInert(document, page);
			assertThat(document.html()).as("the template's comments stay on the server").doesNotContain("embed goes once");
			Element card = document.selectFirst("#entry-" + entry.getId() + " figure.social-post");
			assertThat(card.selectFirst(".social-post-network").text()).as(page).isEqualTo("Video on YouTube");
			assertThat(card.selectFirst(".social-post-text").text()).isEqualTo("Press conference <live>");
			assertThat(card.selectFirst("time").text()).isEqualTo("October 17, 2024");
			assertThat(document.select("iframe, img[src*=youtube], script[src*=youtube]")).as(page).isEmpty();
			assertThat(document.select("[src], [href], [srcset], [poster], [data]"))
				.as("nothing from the network on %s but the link to the original", page)
				.filteredOn((element) -> Stream.of("src", "href", "srcset", "poster", "data")
					.map(element::attr)
					.anyMatch((address) -> address.contains("youtu")))
				.singleElement()
				.satisfies((link) -> assertThat(link.attr("href")).isEqualTo(VIDEO_AS_PUBLISHED));
		}

		JsonNode api = JsonMapper.builder().build().readTree(this.mvc.get()
			.uri("/api/live/{slug}/entries", blog.getSlug())
			.exchange()
			.getResponse()
			.getContentAsString());
		JsonNode post = api.get("entries").get(0).get("post");
		assertThat(post.get("network").asString()).isEqualTo("youtube");
		assertThat(post.get("url").asString()).isEqualTo(VIDEO_AS_PUBLISHED);
		assertThat(post.get("author").asString()).isEqualTo("NATO");
		assertThat(post.get("text").asString()).isEqualTo("Press conference <live>");
		assertThat(post.get("postedAt").asString()).isEqualTo("2024-10-17");

		Document feed = Pages.parse(this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange());
		String structured = feed.selectFirst("script[type=application/ld+json]").data();
		assertThat(structured).doesNotContain("<live>");
		JsonNode shared = JsonMapper.builder().build().readTree(structured).get("liveBlogUpdate").get(0).get("sharedContent");
		assertThat(shared.get("@type").asString()).isEqualTo("VideoObject");
		assertThat(shared.get("url").asString()).isEqualTo(VIDEO_AS_PUBLISHED);
		assertThat(shared.get("author").get("name").asString()).isEqualTo("NATO");
		assertThat(shared.get("description").asString()).isEqualTo("Press conference <live>");
		assertThat(shared.get("uploadDate").asString()).isEqualTo("2024-10-17");

		Document html = firstAtomContent(blog);
		assertThat(html.selectFirst("blockquote p").text()).isEqualTo("Press conference <live>");
		assertThat(html.selectFirst("blockquote a").attr("href")).isEqualTo(VIDEO_AS_PUBLISHED);
		assertThat(html.selectFirst("blockquote").text()).contains("NATO, 2024-10-17");
		assertThat(html.select("iframe, script, img")).isEmpty();
	}

	@Test
	void theAtomFeedQuotesThePostLineByLineAndGivesItsTimeWithTheBlogsOffset() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		this.newsroom.write(blog, new EntryText(null, "La conférence de presse.", false, null, null, List.of(),
				new SocialPost(POST, "Volodymyr Zelensky", "We will not give up.\nNever.", LocalDate.of(2024, 10, 17),
						LocalTime.of(14, 30))),
				Publication.publishedAt(Instant.now()));

		Element quote = firstAtomContent(blog).selectFirst("blockquote");

		assertThat(quote.select("p").eachText()).containsExactly("We will not give up.", "Never.",
				"— Volodymyr Zelensky, 2024-10-17T14:30:00+02:00 X");
	}

	private Document firstAtomContent(LiveBlog blog) throws Exception {
		byte[] atom = this.mvc.get().uri("/live/{slug}/feed.atom", blog.getSlug()).exchange().getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		String content = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(atom))
			.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content")
			.item(0)
			.getTextContent();
		return Jsoup.parseBodyFragment(content);
	}

	@Test
	void aYouTubeShortIsFramedUprightAndLinkedAsAShortWithoutItsShareTracking() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		Entry entry = this.newsroom.write(blog, new EntryText(null, "The short.", false, null, null, List.of(),
				new SocialPost("https://youtube.com/shorts/dQw4w9WgXcQ?si=Xk3bT9qLmN0pR2sV", "NATO", null, null, null)),
				Publication.publishedAt(Instant.now()));

		Element card = Pages.parse(this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange())
			.selectFirst("#entry-" + entry.getId() + " figure.social-post");

		assertThat(card.attr("data-embed-shape")).isEqualTo("vertical_video");
		assertThat(card.selectFirst("a.social-post-original").attr("href"))
			.isEqualTo("https://www.youtube.com/shorts/dQw4w9WgXcQ");
	}

	@Test
	void aFrenchBlogPrintsTheCardInFrench() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		Entry entry = this.newsroom.write(blog, new EntryText(null, "La conférence de presse.", false, null, null, List.of(),
				new SocialPost(VIDEO, "OTAN", null, LocalDate.of(2024, 10, 17), LocalTime.of(14, 30))),
				Publication.publishedAt(Instant.now()));

		Element card = Pages.parse(this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange())
			.selectFirst("#entry-" + entry.getId() + " figure.social-post");

		assertThat(card.selectFirst(".social-post-network").text()).isEqualTo("Vidéo sur YouTube");
		assertThat(card.selectFirst("time").text()).isEqualTo("17 octobre 2024 14:30");
		assertThat(card.selectFirst("[data-embed-show]").text()).isEqualTo("Afficher le contenu de YouTube");
		assertThat(card.selectFirst(".social-post-always").text()).isEqualTo("Toujours afficher le contenu de YouTube");
		assertThat(card.attr("data-embed-title")).isEqualTo("Vidéo de OTAN sur YouTube");
		assertThat(card.selectFirst("a.social-post-original").text()).isEqualTo("La voir sur YouTube");
	}

	@Test
	void aPostByXOnTheRevisionsPageAndInTheHistoryOfAChange() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		SocialPost first = new SocialPost(POST, "Volodymyr Zelensky", null, null, null);
		Entry entry = this.newsroom.write(blog, new EntryText(null, "He posted.", false, null, null, List.of(), first),
				Publication.publishedAt(Instant.now()));

		this.newsroom.correct(blog, entry, new EntryText(null, "He posted.", false, null, null, List.of(),
				new SocialPost(VIDEO, "NATO", null, null, null)), "Wrong post");

		Document history = Pages.parse(this.mvc.get()
			.uri("/live/{slug}/entries/{id}/revisions", blog.getSlug(), entry.getId())
			.exchange());
		Element earlier = history.selectFirst("article.revision");
		assertThat(earlier.selectFirst("a.social-post-original").attr("href")).isEqualTo(POST_AS_PUBLISHED);
		assertThat(earlier.select(".revision-change").eachAttr("data-field")).containsExactly("post");
	}

	static Stream<Arguments> refusedPosts() {
		String unsafe = "Give the post’s full address, starting with https:// (javascript:, data: and addresses without a site are refused).";
		return Stream.of(Arguments.of("post.url", "javascript:alert(document.cookie)", unsafe),
				Arguments.of("post.url", "JaVaScRiPt:alert(1)//x.com/NATO/status/1", unsafe),
				Arguments.of("post.url", "data:text/html,<script>alert(1)</script>", unsafe),
				Arguments.of("post.url", "x.com/NATO/status/1700000000000000001", unsafe),
				Arguments.of("post.url", "https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ", unsafe),
				Arguments.of("post.url", "https://x.com/ZelenskyyUa",
						"This is an address on X, but not of a post. Give a post’s address, like https://x.com/ZelenskyyUa/status/1234567890123456789."),
				Arguments.of("post.url", "https://www.youtube.com/watch?v=<script>",
						"This is an address on YouTube, but not of a video. Give a video’s address, like https://www.youtube.com/watch?v=dQw4w9WgXcQ or https://youtu.be/dQw4w9WgXcQ."),
				Arguments.of("post.url", "https://www.youtube.com/@NATO",
						"This is an address on YouTube, but not of a video. Give a video’s address, like https://www.youtube.com/watch?v=dQw4w9WgXcQ or https://youtu.be/dQw4w9WgXcQ."),
				Arguments.of("post.url", "https://bsky.app/profile/nato.bsky.social",
						"This is an address on Bluesky, but not of a post. Give a post’s address, like https://bsky.app/profile/name.bsky.social/post/3kabcdefghij2."),
				Arguments.of("post.author", "", "Give the post’s author, as readers should read it."),
				Arguments.of("post.author", "A".repeat(201),
						"The post’s author can be at most 200 characters. This one has 1 too many; nothing was cut. Shorten it and send it again."),
				Arguments.of("post.text", "T".repeat(1_002),
						"The post’s text can be at most 1,000 characters. This one has 2 too many; nothing was cut. Shorten it and send it again."),
				Arguments.of("post.postedOn", "", "Give the day the post was published, or empty its time."),
				Arguments.of("post.postedOn", "17/10/2024", "Enter a real date, like 17 October 2024."),
				Arguments.of("post.postedTime", "half past two", "Enter a time of day, like 14:30."));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("refusedPosts")
	void aRefusedPostComesBackWithTheReasonBesideItsFieldEverythingTypedKeptAndNothingSaved(String field, String value,
			String message) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Map<String, String> fields = withPost();
		fields.put(field, value);

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(BackOffice.fieldError(form, field)).isEqualTo(message);
		assertThat(form.select(".field-error")).as("no error beside the other fields").hasSize(1);
		assertThat(form.selectFirst("[name=" + field + "]").closest("details").hasAttr("open")).isTrue();
		fields.forEach((name, typed) -> {
			Element kept = form.selectFirst("[name=" + name + "]");
			String shown = kept.tagName().equals("textarea") ? kept.wholeText() : kept.val();
			if (!name.equals("post.postedTime") || !typed.matches("\\d+:\\d+")) {
				assertThat(shown).as(name).isEqualTo(typed);
			}
		});
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void anotherSitesAddressMovesIntoTheLinkCardWhichAsksForItsTitle() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "Read this.", "post.url",
				"https://www.example.org/news/summit?utm_source=x"));

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(form.selectFirst("[name=link.url]").val()).isEqualTo("https://www.example.org/news/summit?utm_source=x");
		assertThat(form.selectFirst("[name=post.url]").val()).isEmpty();
		assertThat(BackOffice.fieldError(form, "link.title")).isEqualTo(
				"Posts from this site cannot be shown as posts: its address is now in the link card. Give the linked page’s title here.");
		assertThat(form.selectFirst("[name=link.url]").closest("details").hasAttr("open")).isTrue();

		fields.put("link.url", form.selectFirst("[name=link.url]").val());
		fields.put("post.url", "");
		fields.put("link.title", "The summit’s conclusions");
		long id = BackOffice.doneEntryId(write(blog, "publish", fields));
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getLinkCard()).isEqualTo(new LinkCard("https://www.example.org/news/summit?utm_source=x",
				"The summit’s conclusions", null, null));
		assertThat(stored.getSocialPost()).isNull();
	}

	@Test
	void anotherSitesAddressMovesIntoTheLinkCardWhoseEmptyFieldsTheBrowserPosted() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		// As a browser sends the composer: every field of the closed link card, each empty.
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "Read this.", "post.url",
				"https://www.example.org/news/summit", "post.author", "", "post.text", "", "link.url", "",
				"link.title", "", "link.siteName", "", "link.imageUrl", ""));

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(form.selectFirst("[name=link.url]").val()).isEqualTo("https://www.example.org/news/summit");
		assertThat(form.selectFirst("[name=post.url]").val()).isEmpty();
		assertThat(form.selectFirst("[name=post.url]").classNames()).doesNotContain("invalid");
		assertThat(BackOffice.fieldError(form, "link.title")).isEqualTo(
				"Posts from this site cannot be shown as posts: its address is now in the link card. Give the linked page’s title here.");
	}

	@Test
	void anotherSitesAddressIsRefusedWhenTheLinkCardAlreadyLinksElsewhere() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Map<String, String> fields = withPost();
		fields.put("post.url", "https://www.example.org/news/summit");
		fields.put("link.url", "https://www.example.org/news/conclusions");
		fields.put("link.title", "The conclusions");

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(BackOffice.fieldError(form, "post.url")).isEqualTo(
				"Posts from this site cannot be shown as posts, and the link card already links elsewhere. Link to it in the text instead.");
		assertThat(form.selectFirst("[name=post.url]").val()).isEqualTo("https://www.example.org/news/summit");
		assertThat(form.selectFirst("[name=link.url]").val()).isEqualTo("https://www.example.org/news/conclusions");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void withOEmbedOffByDefaultTheComposerOffersNoFillingInAndAsksForTheAuthor() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "Watch.", "post.url", VIDEO));

		MvcTestResult result = write(blog, "publish", fields);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(BackOffice.fieldError(form, "post.author")).isEqualTo("Give the post’s author, as readers should read it.");
		assertThat(form.select(".post-fill, .post-notice")).isEmpty();
	}

	@Test
	void previewShowsTheCardAndSavesNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		Element preview = Pages.parse(write(blog, "preview", withPost())).selectFirst("section.preview");

		assertThat(preview.selectFirst("figure.social-post .social-post-author").text()).isEqualTo("Volodymyr Zelensky @ZelenskyyUa");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void theFramesAPageMayHoldAreExactlyTheNetworksEmbeds() {
		String policy = this.mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy");

		String frameSources = Stream.of(policy.split(";"))
			.map(String::strip)
			.filter((directive) -> directive.startsWith("frame-src "))
			.findFirst()
			.orElseThrow()
			.substring("frame-src ".length());
		assertThat(frameSources.split(" ")).containsExactlyInAnyOrder("https://platform.twitter.com",
				"https://www.youtube-nocookie.com", "https://www.instagram.com", "https://t.me", "https://embed.bsky.app",
				"https://www.tiktok.com", "https://player.vimeo.com");
		assertThat(Stream.of(SocialNetwork.values()).map((network) -> "https://" + network.embedHost()))
			.containsExactlyInAnyOrder(frameSources.split(" "));
		assertThat(policy).contains("default-src 'self'", "script-src 'self';", "connect-src 'self';", "frame-ancestors 'none'");
	}

	private static Map<String, String> withPost() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("body", "Zelensky **answers** the summit.");
		fields.put("post.url", POST);
		fields.put("post.author", "Volodymyr Zelensky @ZelenskyyUa");
		fields.put("post.text", "We will <never> give up & we won’t.");
		fields.put("post.postedOn", "2024-10-17");
		fields.put("post.postedTime", "14:30");
		return fields;
	}

	private MvcTestResult write(LiveBlog blog, String action, Map<String, String> fields) {
		return this.backOffice.newEntry(blog).fields(fields).send(action);
	}

}
