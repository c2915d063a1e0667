package news.liveblog.feed;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search engines find every public blog through robots.txt and a well-formed sitemap, each blog with its
 * absolute address and when it last changed; drafts and the back office stay out of it.
 */
@ServerTest
class SitemapTests {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void theSitemapListsEveryPublicBlogWithItsLastChangeAndNoDraft() throws Exception {
		LiveBlog live = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		LiveBlog ended = this.newsroom.openBlogEndedBeforeTheDemo();
		LiveBlog draft = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		this.newsroom.publish(live, "Something happened.", Instant.now());
		Instant liveChanged = this.newsroom.liveBlogs().find(live.getId()).orElseThrow().getLastChange();

		HttpResponse<String> response = browser().get("/sitemap.xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWithIgnoringCase("application/xml"));
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		Element urlset = parse(response.body());
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		Map<String, String> lastmodByLoc = new HashMap<>();
		NodeList urls = urlset.getElementsByTagNameNS(SITEMAP, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			assertThat(url.getParentNode()).isSameAs(urlset);
			lastmodByLoc.put(text(url, "loc"), text(url, "lastmod"));
		}
		assertThat(lastmodByLoc).containsEntry(url(live), liveChanged.truncatedTo(ChronoUnit.SECONDS).toString())
			.containsKey(url(ended))
			.doesNotContainKey(url(draft));
		assertThat(lastmodByLoc.keySet()).allSatisfy((loc) -> assertThat(loc).startsWith(TestSite.PUBLIC_URL + "/live/"));
		assertThat(lastmodByLoc.values()).allSatisfy((lastmod) -> assertThat(lastmod).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
		for (LiveBlog listed : List.of(live, ended)) {
			assertThat(browser().get("/live/" + listed.getSlug()).statusCode()).isEqualTo(200);
		}

		// Taken back to draft, it leaves the sitemap (and, no longer live, the front page's first places,
		// which DemoFeedTests needs the demo blog to keep).
		LiveBlog current = this.newsroom.liveBlogs().find(live.getId()).orElseThrow();
		LiveBlogSettings settings = current.settings();
		this.newsroom.liveBlogs().update(current.getSlug(), current.getVersion(),
				new LiveBlogSettings(settings.slug(), settings.title(), settings.summary(), settings.language(),
						settings.timeZone(), LiveBlogStatus.DRAFT, settings.coverageStart(), settings.coverageEnd()),
				Newsroom.DESK);
		assertThat(browser().get("/sitemap.xml").body()).doesNotContain(url(live)).contains(url(ended));
	}

	@Test
	void robotsKeepCrawlersOutOfTheBackOfficeAndPointToTheSitemap() {
		HttpResponse<String> response = browser().get("/robots.txt");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWithIgnoringCase("text/plain"));
		assertThat(response.body().lines().toList()).contains("User-agent: *", "Disallow: /admin",
				"Sitemap: " + TestSite.PUBLIC_URL + "/sitemap.xml");
	}

	private String url(LiveBlog blog) {
		return TestSite.PUBLIC_URL + "/live/" + blog.getSlug();
	}

	private Browser browser() {
		return new Browser(this.port);
	}

	private static Element parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
	}

	private static String text(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(SITEMAP, name);
		assertThat(found.getLength()).as(name).isEqualTo(1);
		return found.item(0).getTextContent();
	}

}
