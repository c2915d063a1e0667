package news.liveblog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LiveBlogApplication {

	public static void main(String[] args) {
		SpringApplication.run(LiveBlogApplication.class, args);
	}

}
