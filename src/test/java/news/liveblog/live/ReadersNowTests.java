package news.liveblog.live;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readers now are every instance's open public pages together, as the dashboard shows them on any instance;
 * the day's peak stays once they have left, and an instance that stopped recording (it died) no longer counts.
 */
@ServerTest
class ReadersNowTests {

	@RegisterExtension
	static final SecondInstance instanceB = SecondInstance.forTheTestClass();

	/** Recorded within a second of a change, read at once: a few seconds is the bound on "now" here. */
	private static final Duration NOW = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private ReadersNow readersNow;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDashboardCountsTheReadersOfBothInstancesTogetherAndKeepsTheDaysPeak() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		CookieBrowser editor = CookieBrowser.signedIn(this.port, "editor");
		List<SseClient> readers = List.of(reader(this.port, blog), reader(this.port, blog),
				reader(instanceB.port(), blog));
		try {
			await().atMost(NOW)
				.untilAsserted(() -> assertThat(dashboardFigures(editor, this.port, blog)).containsExactly("3", "3"));
			// The other instance says the same, on its dashboard's poll as on its page.
			assertThat(editor.get(instanceB.port(), "/admin/desk/readers").body())
				.contains("\"" + blog.getSlug() + "\":{\"now\":\"3\",\"peakToday\":\"3\"}");
			assertThat(dashboardFigures(editor, instanceB.port(), blog)).containsExactly("3", "3");
		}
		finally {
			readers.forEach(SseClient::close);
		}

		await().atMost(NOW)
			.untilAsserted(() -> assertThat(dashboardFigures(editor, this.port, blog)).containsExactly("0", "3"));
	}

	@Test
	void anInstanceThatStoppedRecordingNoLongerCounts() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Instant now = this.newsroom.clock().instant();
		// The last counts of an instance killed a minute ago, and of one that recorded a moment ago.
		this.jdbc.update("insert into live_readers values (?, ?, 40, ?)", blog.getId(), UUID.randomUUID(),
				Timestamp.from(now.minusSeconds(60)));
		this.jdbc.update("insert into live_readers values (?, ?, 2, ?)", blog.getId(), UUID.randomUUID(),
				Timestamp.from(now.minusSeconds(1)));

		assertThat(this.readersNow.of(List.of(blog)).get(blog.getId()).now()).isEqualTo(2);
	}

	private static SseClient reader(int port, LiveBlog blog) {
		SseClient reader = SseClient.connect(port, "/live/" + blog.getSlug() + "/events", null);
		await().atMost(NOW).until(() -> reader.status() == 200);
		return reader;
	}

	/** The blog's "Readers now" and "Peak today" on the dashboard of the instance at that port. */
	private static List<String> dashboardFigures(CookieBrowser editor, int port, LiveBlog blog) {
		Document dashboard = Jsoup.parse(editor.get(port, "/admin").body());
		return List.of(dashboard.selectFirst("[data-readers-now=" + blog.getSlug() + "]").text(),
				dashboard.selectFirst("[data-readers-peak=" + blog.getSlug() + "]").text());
	}

}
