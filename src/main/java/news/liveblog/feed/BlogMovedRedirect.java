package news.liveblog.feed;

import jakarta.servlet.http.HttpServletRequest;

import news.liveblog.blog.BlogMoved;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Old links of a moved blog: a 301 to the very same address under its current slug, with the same query
 * (so {@code ?before=}, {@code ?since=} and a campaign's {@code utm_source} survive), in one hop however
 * often it moved. Cached as briefly as the pages: a blog may take one of its former addresses back, and a
 * redirect kept for long by browsers would then send its readers round in a circle.
 */
@ControllerAdvice
class BlogMovedRedirect {

	private final PublicCaching caching;

	BlogMovedRedirect(PublicCaching caching) {
		this.caching = caching;
	}

	@ExceptionHandler(BlogMoved.class)
	ResponseEntity<Void> moved(BlogMoved moved, HttpServletRequest request) {
		String path = request.getRequestURI();
		String former = "/live/" + moved.formerSlug();
		int at = path.indexOf(former);
		int end = at + former.length();
		if (at < 0 || (end < path.length() && path.charAt(end) != '/')) {
			// Not an address with the slug in it: nothing to rewrite, so the blog's feed.
			path = "/live/" + moved.slug();
		}
		else {
			path = path.substring(0, at) + "/live/" + moved.slug() + path.substring(end);
		}
		String query = request.getQueryString();
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			// As the request had them, not parsed again: the target answers for whatever they say.
			.header(HttpHeaders.LOCATION, (query != null) ? path + "?" + query : path)
			.header(HttpHeaders.CACHE_CONTROL, this.caching.cacheControl())
			.build();
	}

}
