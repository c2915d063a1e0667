package news.liveblog.backoffice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With oEmbed turned on and YouTube's endpoint answered by a stand-in on this machine (and X's by one that
 * fails): the composer fills a video's author and title in and shows them to the editor before anything is
 * saved; a failure leaves the fields as typed, says so, and asks for the author.
 */
@ApplicationTest
class FillingInAPostTests {

	private static final HttpServer STAND_IN = standIn();

	private static final List<String> ASKED = new CopyOnWriteArrayList<>();

	@DynamicPropertySource
	static void oEmbedOnAgainstTheStandIn(DynamicPropertyRegistry properties) {
		String base = "http://127.0.0.1:" + STAND_IN.getAddress().getPort();
		properties.add("liveblog.embeds.oembed.enabled", () -> "true");
		properties.add("liveblog.embeds.oembed.endpoints.youtube", () -> base + "/youtube");
		properties.add("liveblog.embeds.oembed.endpoints.x", () -> base + "/x");
	}

	@AfterAll
	static void stopStandIn() {
		STAND_IN.stop(0);
	}

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void aVideosAuthorAndTitleAreFilledInAndShownBeforeAnythingIsSaved() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		// A phone's share link: YouTube's "si" says who shared it, and is not sent on.
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "NATO speaks.", "post.url",
				"https://youtu.be/dQw4w9WgXcQ?si=Xk3bT9qLmN0pR2sV"));

		MvcTestResult result = this.backOffice.newEntry(blog).fields(fields).send("publish");

		assertThat(result).hasStatus(HttpStatus.OK);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(form.selectFirst("[name=post.author]").val()).isEqualTo("NATO");
		assertThat(form.selectFirst("textarea[name=post.text]").wholeText()).isEqualTo("Press conference <live>");
		assertThat(form.selectFirst(".post-notice").text())
			.isEqualTo("Author and text filled in from YouTube. Check them: nothing was saved yet.");
		assertThat(form.selectFirst("button.post-fill").text()).isEqualTo("Fill in from the post");
		assertThat(Pages.parse(result).selectFirst("section.preview .social-post-author").text()).isEqualTo("NATO");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
		assertThat(ASKED).contains("/youtube?format=json&url=https://www.youtube.com/watch?v=dQw4w9WgXcQ");
	}

	@Test
	void aFailureLeavesTheFieldsAsTypedAndSaysSo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "He posted.", "post.url",
				"https://x.com/ZelenskyyUa/status/1861234567890123456", "post.postedOn", "2024-10-17"));

		MvcTestResult result = this.backOffice.newEntry(blog).fields(fields).send("publish");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(form.selectFirst(".post-notice").text())
			.isEqualTo("X could not be asked for the post’s details just now. Type its author (and text) yourself.");
		assertThat(BackOffice.fieldError(form, "post.author")).isEqualTo("Give the post’s author, as readers should read it.");
		assertThat(form.selectFirst("[name=post.url]").val()).isEqualTo("https://x.com/ZelenskyyUa/status/1861234567890123456");
		assertThat(form.selectFirst("[name=post.postedOn]").val()).isEqualTo("2024-10-17");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void whatTheEditorTypedIsNeverReplaced() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);
		int before = ASKED.size();
		Map<String, String> fields = new LinkedHashMap<>(Map.of("body", "NATO speaks.", "post.url",
				"https://youtu.be/dQw4w9WgXcQ", "post.author", "NATO (official channel)"));

		long id = BackOffice.doneEntryId(this.backOffice.newEntry(blog).fields(fields).send("publish"));

		assertThat(this.newsroom.stored(blog, id).getSocialPost().author()).isEqualTo("NATO (official channel)");
		assertThat(ASKED).hasSize(before);
	}

	private static HttpServer standIn() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/youtube", (exchange) -> {
				ASKED.add(exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery());
				byte[] body = """
						{"type": "video", "title": "Press conference <live>", "author_name": "NATO",
						 "html": "<iframe src=\\"https://www.youtube.com/embed/dQw4w9WgXcQ\\"></iframe>"}
						""".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.createContext("/x", (exchange) -> {
				ASKED.add(exchange.getRequestURI().getPath());
				exchange.sendResponseHeaders(500, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
