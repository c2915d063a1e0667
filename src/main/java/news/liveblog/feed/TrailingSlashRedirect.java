package news.liveblog.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * A public address with a slash at its end ({@code /live/summit/}, typed, or cut from a longer link) is the
 * page without it: a permanent redirect there (a 308, which keeps the method) rather than a 404. Spring's own
 * filter for it, for the public pages only.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashRedirect {

	@Bean
	UrlHandlerFilter trailingSlashFilter() {
		return UrlHandlerFilter.trailingSlashHandler("/live/**").redirect(HttpStatus.PERMANENT_REDIRECT).build();
	}

}
