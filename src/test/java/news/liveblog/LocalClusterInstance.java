package news.liveblog;

import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.dev.GeneratedEntries;

import org.springframework.boot.SpringApplication;

/**
 * One instance of the local cluster ({@code deploy/local-cluster.sh}): the packaged application on the
 * PostgreSQL named by {@code SPRING_DATASOURCE_URL} (and its username and password), with the development
 * demo accounts and demo blog, which the instances starting together load once between them; with
 * {@code --liveblog.dev.generated-entries=20,100000}, the benchmarks' generated blogs too (none by default).
 */
public class LocalClusterInstance {

	public static void main(String[] args) {
		SpringApplication.from(LiveBlogApplication::main)
			.with(DemoAccounts.class, DemoLiveBlog.class, GeneratedEntries.class)
			.run(args);
	}

}
