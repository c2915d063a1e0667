package news.liveblog.system;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages are only read: a form posted to one, by a stranger's site or a confused script, is told that
 * the address takes GET and HEAD (405, with Allow), not that it is forbidden (403, as if someone else might), and
 * it leaves nothing behind: no session, no changed page.
 */
@ServerTest
class ReadOnlyPublicPagesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aFormPostedToAPublicPageIsToldItIsOnlyRead() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Entry entry = this.newsroom.publish(blog, "Leaders arrive.", Instant.now().minusSeconds(60));
		Browser stranger = new Browser(this.port);

		for (String path : new String[] { "/", "/live/" + blog.getSlug(), "/live/" + blog.getSlug() + "/entries/" + entry.getId(),
				"/live/" + blog.getSlug() + "/feed.atom", "/api/live/" + blog.getSlug() + "/entries" }) {
			HttpResponse<String> answer = stranger.post(path, "body=Not+ours", "Accept", "text/html");
			assertThat(answer.statusCode()).as(path).isEqualTo(405);
			assertThat(answer.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
			assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(Browser.parse(answer).selectFirst("h1").text()).as(path).isEqualTo("This request cannot be answered");
		}
		assertThat(stranger.get("/live/" + blog.getSlug()).body()).doesNotContain("Not ours");
	}

}
