package news.liveblog;

import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.DemoLiveBlog;

import org.springframework.boot.SpringApplication;

/**
 * One instance of the local cluster ({@code deploy/local-cluster.sh}): the packaged application on the
 * PostgreSQL named by {@code SPRING_DATASOURCE_URL} (and its username and password), with the development
 * demo accounts and demo blog, which the instances starting together load once between them.
 */
public class LocalClusterInstance {

	public static void main(String[] args) {
		SpringApplication.from(LiveBlogApplication::main).with(DemoAccounts.class, DemoLiveBlog.class).run(args);
	}

}
