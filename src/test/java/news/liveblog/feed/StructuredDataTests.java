package news.liveblog.feed;

import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Pages;
import news.liveblog.dev.DemoLiveBlog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search engines read the feed as a complete LiveBlogPosting: coverage times, and every update with a real
 * headline, its text, times, author and its own URL; social cards get the title and summary.
 */
@ApplicationTest
class StructuredDataTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theFeedCarriesALiveBlogPostingFieldByField() {
		Document page = Pages.parse(this.mvc.get().uri("/live/{slug}", DemoLiveBlog.SLUG).exchange());
		JsonNode posting = JsonMapper.builder().build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data());
		List<String> seed = DemoLiveBlog.seedLines();

		assertThat(posting.get("@type").asString()).isEqualTo("LiveBlogPosting");
		assertThat(posting.get("headline").asString()).isEqualTo(seed.get(0));
		assertThat(posting.get("description").asString()).isEqualTo(seed.get(1));
		assertThat(posting.get("coverageStartTime").asString()).isEqualTo("2024-10-17T06:30:00Z");
		assertThat(posting.get("coverageEndTime").asString()).isEqualTo("2024-10-17T16:00:00Z");
		assertThat(posting.get("inLanguage").asString()).isEqualTo("fr");
		String pageUrl = posting.get("url").asString();
		assertThat(pageUrl).endsWith("/live/" + DemoLiveBlog.SLUG);

		JsonNode updates = posting.get("liveBlogUpdate");
		List<Element> articles = page.select(".feed-entries article.entry");
		assertThat(updates.size()).isEqualTo(6);
		for (int i = 0; i < 6; i++) {
			JsonNode update = updates.get(i);
			assertThat(update.get("@type").asString()).isEqualTo("BlogPosting");
			assertThat(update.get("articleBody").asString()).isEqualTo(seed.get(2 + i));
			assertThat(update.get("url").asString()).isEqualTo(pageUrl + "#" + articles.get(i).id());
			assertThat(update.get("datePublished").asString()).isEqualTo(
					OffsetDateTime.parse(articles.get(i).selectFirst("time").attr("datetime")).toInstant().toString());
			assertThat(update.get("author").get(0).get("name").asString()).isEqualTo("La rédaction");
			assertThat(update.get("author").size()).isEqualTo(1);
			assertThat(update.get("headline").asString()).isNotBlank().hasSizeLessThanOrEqualTo(141);
		}
		assertThat(updates.get(0).get("headline").asString()).isEqualTo("Mais il faudra être patient.");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(pageUrl);
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(seed.get(0));
	}

}
