package news.liveblog.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static news.liveblog.Newsroom.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other sites and apps read a blog through the JSON API: the entries the page shows, field by field, newest
 * first, page by page through a cursor with nothing skipped or repeated; a bad parameter gets a 400 saying
 * what is wrong; a client that has the current answer gets a 304; a draft blog does not exist.
 */
@ApplicationTest
class EntriesApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void entriesComeNewestFirstWithWhatTheirArticleOnThePageShows() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		Entry plain = this.newsroom.publish(blog, "Leaders **arrive** in Brussels.", MORNING);
		Entry key = write(blog, new EntryText("Deal reached", "The *summit* agrees.", true), MORNING.plusSeconds(60));
		Entry corrected = this.newsroom.publish(blog, "Turnout was 40%.", MORNING.plusSeconds(120));
		this.newsroom.correct(blog, corrected, EntryText.of("Turnout was 45%."), "Figure corrected");
		this.newsroom.pin(blog, plain);

		JsonNode page = json(get("/api/live/" + blog.getSlug() + "/entries"));
		Document html = Pages.parse(this.mvc.get().uri("/live/" + blog.getSlug()).exchange());

		JsonNode list = page.get("entries");
		assertThat(ids(page)).containsExactly(corrected.getId(), key.getId(), plain.getId());
		for (JsonNode entry : list) {
			Element article = html.selectFirst(".feed-entries #entry-" + entry.get("id").asLong());
			assertThat(entry.get("time").asString()).isEqualTo(article.selectFirst("time").attr("datetime"));
			assertThat(entry.get("bodyHtml").asString()).isEqualTo(article.selectFirst(".entry-body").html());
			assertThat(entry.get("author").asString()).isEqualTo("Test desk");
			assertThat(entry.get("url").asString())
				.isEqualTo(TestSite.PUBLIC_URL + "/live/" + blog.getSlug() + "/entries/" + entry.get("id").asLong());
		}
		JsonNode newest = list.get(0);
		assertThat(newest.get("bodyHtml").asString()).isEqualTo("<p dir=\"auto\">Turnout was 45%.</p>");
		assertThat(newest.get("updatedTime").asString()).isEqualTo(
				html.selectFirst("#entry-" + corrected.getId() + " .entry-updated time").attr("datetime"));
		assertThat(newest.get("headline").isNull()).isTrue();
		JsonNode keyEvent = list.get(1);
		assertThat(keyEvent.get("headline").asString()).isEqualTo("Deal reached");
		assertThat(keyEvent.get("bodyHtml").asString()).isEqualTo("<p dir=\"auto\">The <em>summit</em> agrees.</p>");
		assertThat(keyEvent.get("keyEvent").asBoolean()).isTrue();
		assertThat(keyEvent.get("pinned").asBoolean()).isFalse();
		assertThat(keyEvent.get("updatedTime").isNull()).isTrue();
		JsonNode pinned = list.get(2);
		assertThat(pinned.get("pinned").asBoolean()).isTrue();
		assertThat(pinned.get("keyEvent").asBoolean()).isFalse();
		assertThat(pinned.get("time").asString()).isEqualTo(blog.printIso(MORNING));
		assertThat(page.get("pinnedEntry").get("id").asLong()).isEqualTo(plain.getId());
		assertThat(page.get("blog").get("title").asString()).isEqualTo("Test blog");
		assertThat(page.get("blog").get("url").asString()).isEqualTo(TestSite.PUBLIC_URL + "/live/" + blog.getSlug());
		assertThat(page.get("next").isNull()).isTrue();
		assertThat(page.get("nextBefore").isNull()).isTrue();
	}

	@Test
	void anEntrysImageAndLinkCardComeWithItAndAreNullWithout() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		Entry plain = this.newsroom.publish(blog, "No picture.", MORNING);
		Entry illustrated = write(blog, new EntryText(null, "Pictured.", false,
				new EntryImage("https://images.example.org/summit.jpg", "The summit building", "Brussels", "Reuters",
						1200, 800),
				new LinkCard("https://www.example.org/conclusions", "The conclusions", null, null)),
				MORNING.plusSeconds(60));

		JsonNode list = json(get("/api/live/" + blog.getSlug() + "/entries")).get("entries");

		assertThat(list.get(0).get("id").asLong()).isEqualTo(illustrated.getId());
		JsonNode image = list.get(0).get("image");
		assertThat(image.get("url").asString()).isEqualTo("https://images.example.org/summit.jpg");
		assertThat(image.get("alt").asString()).isEqualTo("The summit building");
		assertThat(image.get("caption").asString()).isEqualTo("Brussels");
		assertThat(image.get("credit").asString()).isEqualTo("Reuters");
		assertThat(image.get("width").asInt()).isEqualTo(1200);
		assertThat(image.get("height").asInt()).isEqualTo(800);
		JsonNode link = list.get(0).get("link");
		assertThat(link.get("url").asString()).isEqualTo("https://www.example.org/conclusions");
		assertThat(link.get("title").asString()).isEqualTo("The conclusions");
		assertThat(link.get("siteName").asString()).isEqualTo("example.org");
		assertThat(link.get("imageUrl").isNull()).isTrue();
		assertThat(list.get(1).get("id").asLong()).isEqualTo(plain.getId());
		assertThat(list.get(1).get("image").isNull()).isTrue();
		assertThat(list.get(1).get("link").isNull()).isTrue();
	}

	@Test
	void followingNextVisitsEveryEntryOnceNewestFirstEvenWithEqualTimes() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		// 45 entries in 9 bursts of 5 sharing one publication time each: page boundaries fall inside bursts.
		List<Long> publishingOrder = this.newsroom.publishInBursts(blog, 9, 5);

		List<Long> seen = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String next = "/api/live/" + blog.getSlug() + "/entries?limit=20";
		while (next != null) {
			MvcTestResult result = get(next);
			JsonNode page = json(result);
			pageSizes.add(page.get("entries").size());
			seen.addAll(ids(page));
			if (page.get("next").isNull()) {
				assertThat(result.getResponse().getHeader("Link")).isNull();
				assertThat(page.get("nextBefore").isNull()).isTrue();
				next = null;
			}
			else {
				next = page.get("next").asString();
				assertThat(next).isEqualTo(TestSite.PUBLIC_URL + "/api/live/" + blog.getSlug() + "/entries?before="
						+ page.get("nextBefore").asLong() + "&limit=20");
				assertThat(result.getResponse().getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
			}
		}

		assertThat(pageSizes).containsExactly(20, 20, 5);
		assertThat(seen).containsExactlyElementsOf(publishingOrder.reversed());
	}

	@Test
	void theCursorIsTheSameEntryIdAsTheFeedsOlderUpdatesLink() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		for (int i = 0; i < 21; i++) {
			this.newsroom.publish(blog, "Entry " + i, MORNING.plusSeconds(60L * i));
		}

		JsonNode first = json(get("/api/live/" + blog.getSlug() + "/entries"));
		Document page = Pages.parse(this.mvc.get().uri("/live/" + blog.getSlug()).exchange());

		assertThat(first.get("entries").size()).isEqualTo(20);
		assertThat(page.selectFirst("a[rel=next]").attr("href"))
			.isEqualTo("/live/" + blog.getSlug() + "?before=" + first.get("nextBefore").asLong());
	}

	@Test
	void limitIsAtMostOneHundred() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		for (int i = 0; i < 3; i++) {
			this.newsroom.publish(blog, "Entry " + i, MORNING.plusSeconds(60L * i));
		}

		assertThat(json(get("/api/live/" + blog.getSlug() + "/entries?limit=1")).get("entries").size()).isEqualTo(1);
		assertThat(json(get("/api/live/" + blog.getSlug() + "/entries?limit=100")).get("entries").size()).isEqualTo(3);
	}

	// Refused before any entry is read: the demo blog does, no need for a blog of their own each.
	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "-1", "1000", "abc", "", "2.5", "+5", "99999999999999999999" })
	void aLimitOutOfBoundsIsABadRequestThatSaysWhy(String limit) {
		MvcTestResult result = this.mvc.get().uri("/api/live/{slug}/entries?limit={limit}", DemoLiveBlog.SLUG, limit).exchange();

		JsonNode problem = problem(result, 400);
		assertThat(problem.get("parameter").asString()).isEqualTo("limit");
		assertThat(problem.get("detail").asString()).isEqualTo("limit must be a whole number from 1 to 100 (default 20)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-3", "", "1e3", "99999999999999999999" })
	void aMalformedCursorIsABadRequestThatSaysWhy(String before) {
		MvcTestResult result = this.mvc.get().uri("/api/live/{slug}/entries?before={before}", DemoLiveBlog.SLUG, before).exchange();

		assertThat(problem(result, 400).get("parameter").asString()).isEqualTo("before");
	}

	@Test
	void aCursorFromAnotherBlogIsABadRequest() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		LiveBlog other = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Entry elsewhere = this.newsroom.publish(other, "Not in this blog.", MORNING);

		JsonNode problem = problem(this.mvc.get().uri("/api/live/" + blog.getSlug() + "/entries?before=" + elsewhere.getId()).exchange(), 400);

		assertThat(problem.get("detail").asString()).contains(String.valueOf(elsewhere.getId())).contains("nextBefore");
	}

	@Test
	void aClientThatHasTheCurrentAnswerGets304UntilTheBlogChanges() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		this.newsroom.publish(blog, "First.", MORNING);
		String uri = "/api/live/" + blog.getSlug() + "/entries";

		MvcTestResult first = get(uri);
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control"))
			.isEqualTo("public, max-age=0, s-maxage=5, stale-while-revalidate=30");

		MvcTestResult again = this.mvc.get().uri(uri).header("If-None-Match", etag).exchange();
		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

		Entry second = this.newsroom.publish(blog, "Second.", MORNING.plusSeconds(60));
		MvcTestResult afterChange = this.mvc.get().uri(uri).header("If-None-Match", etag).exchange();
		assertThat(afterChange).hasStatusOk();
		assertThat(ids(json(afterChange))).first().isEqualTo(second.getId());
		assertThat(afterChange.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void eachPageHasItsOwnVersion() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		Entry older = this.newsroom.publish(blog, "Older.", MORNING);
		Entry newer = this.newsroom.publish(blog, "Newer.", MORNING.plusSeconds(60));
		String etag = get("/api/live/" + blog.getSlug() + "/entries").getResponse().getHeader("ETag");

		MvcTestResult olderPage = this.mvc.get()
			.uri("/api/live/" + blog.getSlug() + "/entries?before=" + newer.getId())
			.header("If-None-Match", etag)
			.exchange();

		assertThat(olderPage).hasStatusOk();
		assertThat(ids(json(olderPage))).containsExactly(older.getId());
	}

	@Test
	void aDraftBlogAndAnUnknownOneAreNotFound() {
		LiveBlog draft = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		this.newsroom.publish(draft, "Not yet for readers.", MORNING);

		JsonNode problem = problem(this.mvc.get().uri("/api/live/{slug}/entries", draft.getSlug()).exchange(), 404);
		assertThat(problem.toString()).doesNotContain("Not yet for readers.");
		problem(this.mvc.get().uri("/api/live/no-such-blog/entries").exchange(), 404);
	}

	@Test
	void anonymousReadersGetNoSessionAndCannotWrite() {
		MvcTestResult read = get("/api/live/" + DemoLiveBlog.SLUG + "/entries");
		assertThat(read.getRequest().getSession(false)).isNull();
		assertThat(read.getResponse().getHeader("Set-Cookie")).isNull();

		assertThat(this.mvc.post().uri("/api/live/{slug}/entries", DemoLiveBlog.SLUG).exchange()).hasStatus(405)
			.hasHeader("Allow", "GET, HEAD");
	}

	private Entry write(LiveBlog blog, EntryText text, Instant at) {
		return this.newsroom.write(blog, text, Publication.publishedAt(at));
	}

	private MvcTestResult get(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		return result;
	}

	private static JsonNode problem(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = json(result);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	private static JsonNode json(MvcTestResult result) {
		return JSON.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("entries").forEach((entry) -> ids.add(entry.get("id").asLong()));
		return ids;
	}

}
