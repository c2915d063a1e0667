package news.liveblog.feed;

import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.blog.BlogMoved;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.feed.PublicPageCache.KnownBlog;
import news.liveblog.feed.fastpath.FeedResponses;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The public blog a page or an answer of the JSON API is made from, as the pages and the API both find it:
 * an unknown slug is the 404, a former one the redirect ({@link BlogMoved}); a reader who has the current
 * version gets a 304 before any query; what is answered is public and briefly cacheable.
 */
@Component
@EnableConfigurationProperties(PublicCaching.class)
class PublicBlogs {

	private final LiveBlogs liveBlogs;

	private final PublicPageCache cache;

	private final PublicCaching caching;

	PublicBlogs(LiveBlogs liveBlogs, PublicPageCache cache, PublicCaching caching) {
		this.liveBlogs = liveBlogs;
		this.cache = cache;
		this.caching = caching;
	}

	/** What this instance knows of the blog; the database is asked only the first time. */
	KnownBlog known(String slug) {
		return this.cache.known(slug).orElseGet(() -> this.cache.learn(find(slug)));
	}

	/**
	 * The public blog with this slug, from the database. What this instance knew of a slug that is no
	 * public blog's (any longer) is forgotten, so that no page of it is served from memory.
	 */
	LiveBlog find(String slug) {
		return this.liveBlogs.findPublic(slug).orElseThrow(() -> {
			this.cache.forget(slug);
			return BlogMoved.orNotFound(this.liveBlogs, slug);
		});
	}

	/**
	 * Conditional GET for what is made from a blog's content: its version is the blog's change number, so
	 * a reader who has it is answered with a 304 without a query. Either answer is public and briefly
	 * cacheable ({@link PublicCaching}), the 304 too: a CDN revalidating its copy keeps it as long as it
	 * would a fresh one.
	 * @param variant which of the blog's pages or answers, so that each has a tag of its own
	 */
	boolean notModified(KnownBlog known, String variant, WebRequest webRequest, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl());
		return webRequest.checkNotModified(FeedResponses.etag(known.blogId(), known.seq(), variant));
	}

	String cacheControl() {
		return this.caching.cacheControl();
	}

}
