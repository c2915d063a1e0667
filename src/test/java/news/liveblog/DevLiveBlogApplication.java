package news.liveblog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.dev.DevelopmentDatabase;
import news.liveblog.dev.GeneratedEntries;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationListener;

/**
 * The development run ({@code ./mvnw spring-boot:run}): the application itself, on an embedded PostgreSQL
 * that keeps its data in {@code .data/postgres}, with the demo live blogs loaded.
 */
public class DevLiveBlogApplication {

	public static void main(String[] args) {
		SpringApplication.from(LiveBlogApplication::main)
			.with(DevelopmentDatabase.class, DemoAccounts.class, DemoLiveBlog.class, GeneratedEntries.class,
					OpenInBrowser.class)
			.run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OpenInBrowser {

		private static final Logger logger = LoggerFactory.getLogger(DevLiveBlogApplication.class);

		@Bean
		ApplicationListener<ApplicationReadyEvent> printUrlToOpen() {
			return (event) -> {
				String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
				logger.info("The live blog is running: open http://localhost:{}/live/{} (in English: "
						+ "http://localhost:{}/live/{}; back office: http://localhost:{}/admin)", port, DemoLiveBlog.SLUG,
						port, DemoLiveBlog.ENGLISH_SLUG, port);
			};
		}

	}

}
