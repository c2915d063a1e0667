package news.liveblog.feed;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders a page through the same Thymeleaf view as any other, but into bytes to keep, not into the
 * response.
 */
@Component
class PageRenderer {

	private final ViewResolver views;

	PageRenderer(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	byte[] render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = this.views.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("No view " + viewName);
			}
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			view.render(model, request, capture);
			return capture.getContentAsByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + viewName, ex);
		}
	}

}
