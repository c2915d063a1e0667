package news.liveblog.feed;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.feed.PublicPageCache.RenderedPage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The fast path for a spike: a feed page already rendered at the blog's latest change is answered here,
 * first of all filters, without the security chain, the dispatcher or the database. The page is public and
 * the same for every reader; anything else (a miss, a query string, another path) goes on as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CachedFeedFilter extends OncePerRequestFilter {

	private static final Pattern FEED = Pattern.compile("/live/([a-z0-9]+(?:-[a-z0-9]+)*)");

	private final PublicPageCache cache;

	private final PublicCaching caching;

	CachedFeedFilter(PublicPageCache cache, PublicCaching caching) {
		this.cache = cache;
		this.caching = caching;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RenderedPage page = cachedPage(request);
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		FeedResponses.write(page, this.caching.cacheControl(), request, response);
	}

	private RenderedPage cachedPage(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null) {
			return null;
		}
		Matcher feed = FEED.matcher(request.getRequestURI());
		return feed.matches() ? this.cache.current(feed.group(1)) : null;
	}

}
