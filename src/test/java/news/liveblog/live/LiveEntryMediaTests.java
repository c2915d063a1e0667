package news.liveblog.live;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reader following a blog live gets a new entry's image and link card as the page itself prints them.
 */
@ServerTest
class LiveEntryMediaTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aNewEntryArrivesOnOpenPagesWithItsImageAndLinkCard() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		EntryImage image = new EntryImage("https://images.example.org/summit.jpg", "The summit building", "Brussels",
				"Reuters", 1200, 800);
		LinkCard card = new LinkCard("https://www.example.org/conclusions", "The conclusions", "Example News", null);
		try (SseClient reader = SseClient.connect(this.port, "/live/" + blog.getSlug() + "/events", null)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> reader.status() == 200);

			Entry entry = this.newsroom.write(blog, new EntryText(null, "Pictured.", false, image, card), Publication.now());

			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(reader.events()).hasSize(1));
			String html = JsonMapper.builder().build().readTree(reader.events().getFirst().data()).get("html").asString();
			Element pushed = Jsoup.parseBodyFragment(html).selectFirst("#entry-" + entry.getId());
			Element img = pushed.selectFirst("figure.entry-figure img");
			assertThat(img.attr("src")).isEqualTo("https://images.example.org/summit.jpg");
			assertThat(img.attr("alt")).isEqualTo("The summit building");
			assertThat(img.attr("loading")).isEqualTo("lazy");
			assertThat(img.attr("width")).isEqualTo("1200");
			assertThat(img.attr("height")).isEqualTo("800");
			assertThat(pushed.selectFirst("figcaption").text()).isEqualTo("Brussels Credit: Reuters");
			assertThat(pushed.selectFirst("a.link-card .link-card-site").text()).isEqualTo("Example News");
			assertThat(pushed.select("a.link-card img")).as("no card image given, none shown").isEmpty();

			Element onThePage = Browser.parse(new Browser(this.port).get("/live/" + blog.getSlug()))
				.selectFirst(".feed-entries #entry-" + entry.getId());
			assertThat(pushed.outerHtml()).as("the very markup of the page").isEqualTo(onThePage.outerHtml());
		}
	}

}
