package news.liveblog.question;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances behind one balancer count one reader's questions together (PostgreSQL), and each checks
 * the form's "shown at" token the other signed (one key, kept in PostgreSQL).
 */
@ServerTest
class QuestionsAcrossInstancesTests {

	/** Its clock is its own (the test's moves only the first instance's): the minimum time is the first's to check. */
	@RegisterExtension
	static final SecondInstance second = SecondInstance.with("liveblog.questions.minimum-fill-time=PT0S")
		.forTheTestClass();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void theLimitPerAddressHoldsAcrossInstances() throws Exception {
		LiveBlog blog = this.newsroom.openPublicBlog();
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);
		String page = get(this.port, "/live/" + blog.getSlug());
		String token = Jsoup.parse(page).selectFirst(".reader-question-form input[name=token]").val();
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		for (int i = 1; i <= 3; i++) {
			assertThat(ask(this.port, blog, token, "First instance, question " + i).statusCode()).isEqualTo(202);
		}
		for (int i = 4; i <= 5; i++) {
			assertThat(ask(second.port(), blog, token, "Second instance, question " + i).statusCode()).isEqualTo(202);
		}

		HttpResponse<String> sixthOnTheSecond = ask(second.port(), blog, token, "Second instance, question 6");
		HttpResponse<String> sixthOnTheFirst = ask(this.port, blog, token, "First instance, question 6");
		assertThat(sixthOnTheSecond.statusCode()).isEqualTo(429);
		assertThat(sixthOnTheSecond.headers().firstValue("Retry-After")).isPresent();
		assertThat(sixthOnTheFirst.statusCode()).isEqualTo(429);
	}

	private String get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpResponse<String> ask(int port, LiveBlog blog, String token, String text) throws Exception {
		String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/live/" + blog.getSlug() + "/questions"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
