package news.liveblog.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.PhotoRows;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.photo.StoredPhoto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry published from the composer with two photos: readers get both, in the editor's order, sized for
 * every screen (srcset, sizes, width and height), described and credited, on the feed, the entry's page and
 * the live stream; feed readers, API clients, search engines and share previews get them at the site's
 * public address.
 */
@ApplicationTest
class GalleryForReadersTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntryFragments fragments;

	@Test
	void twoPhotosReachEveryPageInTheirOrderSizedForEachScreen() {
		Published published = publishWithTwoPhotos();
		String slug = published.blog().getSlug();

		Document feed = this.backOffice.publicFeed(published.blog());
		List<Element> onFeed = photos(feed.getElementById("entry-" + published.id()));
		assertPrintedInOrder(onFeed, published);
		assertThat(onFeed.get(0).attr("loading")).as("the newest entry's first photo is on the first screen")
			.isEqualTo("eager");
		assertThat(onFeed.get(1).attr("loading")).isEqualTo("lazy");
		assertThat(feed.selectFirst(".entry-gallery figcaption").text())
			.isEqualTo("The 27 leaders before the summit Credit: AFP / John Thys");

		Document permalink = this.backOffice.page("/live/" + slug + "/entries/" + published.id(), null);
		List<Element> onItsPage = photos(permalink.getElementById("entry-" + published.id()));
		assertPrintedInOrder(onItsPage, published);
		assertThat(onItsPage.get(0).attr("loading")).isEqualTo("eager");

		Element pushed = Jsoup.parseBodyFragment(this.fragments.render(published.blog(),
				this.newsroom.stored(published.blog(), published.id())));
		List<Element> live = photos(pushed);
		assertPrintedInOrder(live, published);
		assertThat(live).extracting((img) -> img.attr("loading")).containsOnly("lazy");
	}

	@Test
	void feedsTheApiAndSearchEnginesGetThePhotosAtThePublicAddress() throws Exception {
		Published published = publishWithTwoPhotos();
		String slug = published.blog().getSlug();
		StoredPhoto summit = published.photos().get(0);

		JsonNode entry = JSON.readTree(this.mvc.get().uri("/api/live/{slug}/entries", slug).exchange()
			.getResponse().getContentAsString()).get("entries").get(0);
		JsonNode photos = entry.get("photos");
		assertThat(photos).hasSize(2);
		JsonNode first = photos.get(0);
		assertThat(first.get("url").asString()).isEqualTo(TestSite.PUBLIC_URL + "/media/" + summit.key() + "/2048");
		assertThat(first.get("width").asInt()).isEqualTo(2048);
		assertThat(first.get("height").asInt()).isEqualTo(1365);
		assertThat(first.get("type").asString()).isEqualTo("image/jpeg");
		assertThat(first.get("alt").asString()).isEqualTo("Leaders line up for the family photo");
		assertThat(first.get("caption").asString()).isEqualTo("The 27 leaders before the summit");
		assertThat(first.get("credit").asString()).isEqualTo("AFP / John Thys");
		List<String> renditions = new ArrayList<>();
		first.get("renditions").forEach((rendition) -> renditions.add(rendition.get("url").asString() + " "
				+ rendition.get("width").asInt() + "x" + rendition.get("height").asInt()));
		String at = TestSite.PUBLIC_URL + "/media/" + summit.key();
		assertThat(renditions).containsExactly(at + "/480 480x320", at + "/960 960x640", at + "/1440 1440x960",
				at + "/2048 2048x1365");
		assertThat(photos.get(1).get("caption").isNull()).isTrue();

		MvcTestResult atom = this.mvc.get().uri("/live/{slug}/feed.atom", slug).exchange();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Element atomEntry = (org.w3c.dom.Element) factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(atom.getResponse().getContentAsByteArray()))
			.getElementsByTagNameNS(ATOM, "entry")
			.item(0);
		List<String> enclosures = new ArrayList<>();
		NodeList links = atomEntry.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
			if (link.getAttribute("rel").equals("enclosure")) {
				enclosures.add(link.getAttribute("type") + " " + link.getAttribute("href"));
			}
		}
		assertThat(enclosures).containsExactly("image/jpeg " + at + "/2048",
				"image/jpeg " + TestSite.PUBLIC_URL + published.photos().get(1).largestPath());
		Document content = Jsoup.parseBodyFragment(
				atomEntry.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent());
		assertThat(content.select("figure img").eachAttr("src")).containsExactly(at + "/960",
				TestSite.PUBLIC_URL + published.photos().get(1).largestPath());
		assertThat(content.selectFirst("figure img").attr("alt")).isEqualTo("Leaders line up for the family photo");

		Document feed = this.backOffice.publicFeed(published.blog());
		JsonNode images = JSON.readTree(feed.selectFirst("script[type=application/ld+json]").data())
			.get("liveBlogUpdate").get(0).get("image");
		assertThat(images.isArray()).isTrue();
		assertThat(images).hasSize(2);
		assertThat(images.get(0).get("@type").asString()).isEqualTo("ImageObject");
		assertThat(images.get(0).get("contentUrl").asString()).isEqualTo(at + "/2048");
		assertThat(images.get(0).get("width").asInt()).isEqualTo(2048);
		assertThat(images.get(0).get("height").asInt()).isEqualTo(1365);
		assertThat(images.get(0).get("caption").asString()).isEqualTo("The 27 leaders before the summit");
		assertThat(images.get(0).get("creditText").asString()).isEqualTo("AFP / John Thys");

		assertShareImage(feed, at + "/1440", "1440", "960");
		Document permalink = this.backOffice.page("/live/" + slug + "/entries/" + published.id(), null);
		assertShareImage(permalink, at + "/1440", "1440", "960");
	}

	private static void assertShareImage(Document page, String url, String width, String height) {
		assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(url);
		assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo(width);
		assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo(height);
		assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content"))
			.isEqualTo("Leaders line up for the family photo");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
	}

	/** Both photos, the summit's first, each as the photo module stored it, never from another site. */
	private static void assertPrintedInOrder(List<Element> images, Published published) {
		StoredPhoto summit = published.photos().get(0);
		StoredPhoto portrait = published.photos().get(1);
		assertThat(images).hasSize(2);
		Element first = images.get(0);
		assertThat(first.attr("src")).isEqualTo("/media/" + summit.key() + "/960");
		assertThat(first.attr("srcset")).isEqualTo(summit.srcset());
		assertThat(first.attr("sizes")).isEqualTo("(min-width: 48rem) 38rem, calc(100vw - 3.5rem)");
		assertThat(first.attr("width")).isEqualTo("2048");
		assertThat(first.attr("height")).isEqualTo("1365");
		assertThat(first.attr("alt")).isEqualTo("Leaders line up for the family photo");
		assertThat(first.attr("decoding")).isEqualTo("async");
		Element second = images.get(1);
		assertThat(second.attr("src")).as("one rendition: its own width").isEqualTo(portrait.largestPath());
		assertThat(second.attr("srcset")).isEqualTo("/media/" + portrait.key() + "/450 450w");
		assertThat(second.attr("width")).isEqualTo("450");
		assertThat(second.attr("height")).isEqualTo("600");
		assertThat(second.attr("alt")).isEqualTo("The president at the lectern");
	}

	private static List<Element> photos(Element entry) {
		return entry.select("ul.entry-gallery > li > figure.entry-photo > img");
	}

	private Published publishWithTwoPhotos() {
		LiveBlog blog = this.newsroom.openBlogEndedBeforeTheDemo();
		PhotoRows rows = new PhotoRows(this.jdbc);
		StoredPhoto summit = rows.insert(2048, 1365);
		StoredPhoto portrait = rows.insert(450, 600);
		long id = this.backOffice.newEntry(blog)
			.body("The leaders **meet** in Brussels.")
			.field("photos[0].key", summit.key())
			.field("photos[0].alt", "Leaders line up for the family photo")
			.field("photos[0].caption", "The 27 leaders before the summit")
			.field("photos[0].credit", "AFP / John Thys")
			.field("photos[1].key", portrait.key())
			.field("photos[1].alt", "The president at the lectern")
			.publish();
		return new Published(blog, id, List.of(summit, portrait));
	}

	private record Published(LiveBlog blog, long id, List<StoredPhoto> photos) {
	}

}
