package news.liveblog.feed;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No blog readers may see under that slug: unknown, or still a draft. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LiveBlogNotFoundException extends RuntimeException {

	LiveBlogNotFoundException(String slug) {
		super("No public live blog " + slug);
	}

}
