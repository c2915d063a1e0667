package news.liveblog.feed;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed readers get an entry's image and link card in its Atom content, and search engines its image in the
 * structured data, with every text escaped.
 */
@ApplicationTest
class EntryMediaInFeedsTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final EntryImage IMAGE = new EntryImage("https://images.example.org/summit.jpg?w=1200&h=800",
			"The summit <building>", "Brussels & beyond", "Reuters", 1200, 800);

	private static final LinkCard LINK = new LinkCard("https://www.example.org/conclusions?a=1&b=2",
			"The <conclusions>", "Example News", null);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void theAtomContentCarriesTheImageAndTheLinkCard() throws Exception {
		LiveBlog blog = illustratedBlog();

		MvcTestResult result = this.mvc.get().uri("/live/{slug}/feed.atom", blog.getSlug()).exchange();

		assertThat(result).hasStatusOk();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element entry = (Element) factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
			.getElementsByTagNameNS(ATOM, "entry")
			.item(0);
		Document content = Jsoup.parseBodyFragment(entry.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent());
		assertThat(content.selectFirst("p").text()).isEqualTo("Pictured.");
		org.jsoup.nodes.Element img = content.selectFirst("figure img");
		assertThat(img.attr("src")).isEqualTo(IMAGE.url());
		assertThat(img.attr("alt")).isEqualTo("The summit <building>");
		assertThat(img.attr("width")).isEqualTo("1200");
		assertThat(content.selectFirst("figcaption").text()).isEqualTo("Brussels & beyond Reuters");
		assertThat(content.selectFirst("a").attr("href")).isEqualTo(LINK.url());
		assertThat(content.selectFirst("a").text()).isEqualTo("The <conclusions>");
		NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
		boolean related = false;
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			related |= link.getAttribute("rel").equals("related") && link.getAttribute("href").equals(LINK.url());
		}
		assertThat(related).as("a related link to the card's page").isTrue();
	}

	@Test
	void theStructuredDataGivesTheUpdatesImage() {
		LiveBlog blog = illustratedBlog();

		Document page = Pages.parse(this.mvc.get().uri("/live/{slug}", blog.getSlug()).exchange());
		JsonNode update = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data())
			.get("liveBlogUpdate")
			.get(0);

		JsonNode image = update.get("image");
		assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
		assertThat(image.get("url").asString()).isEqualTo(IMAGE.url());
		assertThat(image.get("caption").asString()).isEqualTo("Brussels & beyond");
		assertThat(image.get("creditText").asString()).isEqualTo("Reuters");
		assertThat(image.get("width").asInt()).isEqualTo(1200);
		assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("<building>");
	}

	private LiveBlog illustratedBlog() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		this.newsroom.write(blog, new EntryText(null, "Pictured.", false, IMAGE, LINK),
				Publication.publishedAt(Instant.now()));
		return blog;
	}

}
