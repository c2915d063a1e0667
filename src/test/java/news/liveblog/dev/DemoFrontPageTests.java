package news.liveblog.dev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.SecondInstance;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The front page of a fresh development run lists both demo blogs, each in its own language.
 * <p>
 * On a database of its own: the front page lists 50 blogs, live ones and the newest first, and the blogs
 * that other tests open in the shared test database would push the demo blogs (ended, in 2024) off it.
 */
class DemoFrontPageTests {

	private static final String DATABASE = "demo_front_page_" + UUID.randomUUID().toString().substring(0, 8);

	private static SecondInstance application;

	@BeforeAll
	static void startOnAFreshDatabase() {
		assumeTrue(run(TestDatabase.connectionDetails(), "create database " + DATABASE),
				"Skipped: the test database's user may not create a database of its own");
		application = SecondInstance.on(TestDatabase.named(DATABASE)).and(DemoLiveBlog.class).start();
	}

	@AfterAll
	static void stopAndDropTheDatabase() {
		if (application != null) {
			application.close();
			run(TestDatabase.connectionDetails(), "drop database if exists " + DATABASE + " with (force)");
		}
	}

	@Test
	void theFrontPageListsTheEnglishAndTheFrenchDemoBlogsEachInItsLanguage() {
		Document page = Browser.parse(new Browser(application.port()).get("/"));

		Element french = page.selectFirst(".blog-card:has(a[href=/live/" + DemoLiveBlog.SLUG + "])");
		Element english = page.selectFirst(".blog-card:has(a[href=/live/" + DemoLiveBlog.ENGLISH_SLUG + "])");

		assertThat(page.select(".blog-card")).hasSize(2);
		assertThat(french.selectFirst("h2").wholeText()).isEqualTo(DemoLiveBlog.seedLines().get(0));
		assertThat(french.attr("lang")).isEqualTo("fr");
		assertThat(english.selectFirst("h2").text()).startsWith("Zelensky in Brussels");
		assertThat(english.attr("lang")).isEqualTo("en");
	}

	@Test
	void eachCardSaysItsBlogsStatusInTheBlogsLanguageWhateverTheReadersBrowserSpeaks() {
		for (String browserLanguage : new String[] { "en-US,en;q=0.9", "fr-FR,fr;q=0.9" }) {
			Document page = Browser.parse(new Browser(application.port()).get("/", "Accept-Language", browserLanguage));

			assertThat(page.selectFirst(".blog-card:has(a[href=/live/" + DemoLiveBlog.SLUG + "]) .badge").text())
				.as(browserLanguage).isEqualTo("Terminé");
			assertThat(page.selectFirst(".blog-card:has(a[href=/live/" + DemoLiveBlog.ENGLISH_SLUG + "]) .badge")
				.text()).as(browserLanguage).isEqualTo("Ended");
		}
	}

	private static boolean run(JdbcConnectionDetails database, String sql) {
		try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
