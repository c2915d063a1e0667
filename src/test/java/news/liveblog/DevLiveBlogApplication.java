package news.liveblog;

import java.util.Arrays;

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
 * that keeps its data in {@code .data/postgres}, with the demo live blogs loaded, and its own address as the
 * public one unless {@code LIVEBLOG_PUBLIC_URL} names another (a tunnel, to try it on a phone).
 */
public class DevLiveBlogApplication {

	public static void main(String[] args) {
		SpringApplication.from(LiveBlogApplication::main)
			.with(DevelopmentDatabase.class, DemoAccounts.class, DemoLiveBlog.class, GeneratedEntries.class,
					OpenInBrowser.class)
			.run(withPublicAddress(args));
	}

	/**
	 * Its own address as the public one, unless LIVEBLOG_PUBLIC_URL says otherwise: as an argument, which
	 * outranks the tests' address on this same classpath ({@code config/application.properties}).
	 */
	private static String[] withPublicAddress(String[] args) {
		String[] withAddress = Arrays.copyOf(args, args.length + 2);
		withAddress[args.length] = "--liveblog.public-url=${LIVEBLOG_PUBLIC_URL:http://localhost:${server.port}}";
		// Not the tests' fast webhook retries and loopback receivers (config/application.properties): production's.
		withAddress[args.length + 1] = "--spring.profiles.include=development";
		return withAddress;
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
