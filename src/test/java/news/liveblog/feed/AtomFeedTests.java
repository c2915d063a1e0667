package news.liveblog.feed;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.TestSite;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed readers get each blog as a well-formed Atom 1.0 feed with every required element, newest first,
 * and markup in the texts stays text.
 */
@ServerTest
class AtomFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void theDemoBlogIsAWellFormedAtomFeedNewestFirst() throws Exception {
		HttpResponse<String> response = new Browser(this.port).get("/live/" + DemoLiveBlog.SLUG + "/feed.atom");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWithIgnoringCase("application/atom+xml"));
		Element feed = parse(response.body()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, "title").getTextContent()).isEqualTo(DemoLiveBlog.seedLines().get(0));
		assertThat(child(feed, "id").getTextContent()).matches("tag:liveblog\\.test,\\d{4}-\\d\\d-\\d\\d:live/\\d+");
		assertThat(child(feed, "updated").getTextContent()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		List<Element> items = children(feed, "entry");
		assertThat(items).hasSize(6);
		for (Element entry : items) {
			for (String required : List.of("id", "title", "updated", "published", "content")) {
				assertThat(child(entry, required)).as(required).isNotNull();
			}
			assertThat(child(child(entry, "author"), "name").getTextContent()).isEqualTo("La rédaction");
		}
		assertThat(child(items.getFirst(), "published").getTextContent()).isEqualTo("2024-10-17T08:04:00Z");
		assertThat(child(items.getFirst(), "title").getTextContent()).isEqualTo("Mais il faudra être patient.");
	}

	@Test
	void aBlogGivenANewAddressKeepsItsFeedsIdsSoFeedReadersTakeNoEntryForANewOne() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Subscribers have this one.", Instant.now().minusSeconds(60));
		Element before = parse(new Browser(this.port).get("/live/" + blog.getSlug() + "/feed.atom").body())
			.getDocumentElement();

		LiveBlog moved = this.newsroom.move(blog, Newsroom.uniqueSlug());

		Element after = parse(new Browser(this.port).get("/live/" + moved.getSlug() + "/feed.atom").body())
			.getDocumentElement();
		assertThat(child(after, "id").getTextContent()).isEqualTo(child(before, "id").getTextContent());
		Element first = children(after, "entry").getFirst();
		assertThat(child(first, "id").getTextContent()).isEqualTo(child(children(before, "entry").getFirst(), "id")
			.getTextContent()).endsWith("/entries/" + entry.getId());
		assertThat(first.getElementsByTagNameNS(ATOM, "link").item(0).getAttributes().getNamedItem("href").getNodeValue())
			.as("the address is the new one").isEqualTo(url("/live/" + moved.getSlug() + "/entries/" + entry.getId()));
	}

	@Test
	void markupInAHeadlineStaysText() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.write(blog, new EntryText("<script>alert(1)</script> & more", "Body.", false),
				Publication.publishedAt(Instant.now()));

		String atom = new Browser(this.port).get("/live/" + blog.getSlug() + "/feed.atom").body();

		Element entry = children(parse(atom).getDocumentElement(), "entry").getFirst();
		assertThat(child(entry, "title").getTextContent()).isEqualTo("<script>alert(1)</script> & more");
		assertThat(atom).doesNotContain("<script>");
	}

	@Test
	void charactersXmlCannotHoldBecomeReplacementCharactersInsteadOfBreakingTheFeed() throws Exception {
		// Control characters pass every form (only NUL is refused) but XML 1.0 forbids them: one such
		// entry must not make the whole feed unreadable for every feed reader.
		String controls = "vertical\u000Btab, start\u0001of heading, escape\u001B, \uFFFE";
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.write(blog, new EntryText(controls, "Body with " + controls, false),
				Publication.publishedAt(Instant.now()), new news.liveblog.account.Actor(null, "Author " + controls));

		String atom = new Browser(this.port).get("/live/" + blog.getSlug() + "/feed.atom").body();

		Element entry = children(parse(atom).getDocumentElement(), "entry").getFirst();
		assertThat(child(entry, "title").getTextContent())
			.isEqualTo("vertical\uFFFDtab, start\uFFFDof heading, escape\uFFFD, \uFFFD");
	}

	@Test
	void anEntryWithoutHeadlineOpeningWithAWordLongerThanATitleStillMakesAFeedAndAPage() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String address = "https://example.org/" + "a".repeat(300);
		this.newsroom.write(blog, EntryText.of(address + " is where the statement is."),
				Publication.publishedAt(Instant.now()));

		HttpResponse<String> atom = new Browser(this.port).get("/live/" + blog.getSlug() + "/feed.atom");
		HttpResponse<String> page = new Browser(this.port).get("/live/" + blog.getSlug());

		assertThat(atom.statusCode()).isEqualTo(200);
		assertThat(page.statusCode()).isEqualTo(200);
		Element entry = children(parse(atom.body()).getDocumentElement(), "entry").getFirst();
		assertThat(child(entry, "title").getTextContent()).isEqualTo(address.substring(0, 139) + "…");
	}

	private String url(String path) {
		return TestSite.PUBLIC_URL + path;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	private static List<Element> children(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		return IntStream.range(0, nodes.getLength())
			.mapToObj((i) -> (Element) nodes.item(i))
			.filter((element) -> element.getParentNode() == parent)
			.toList();
	}

}
