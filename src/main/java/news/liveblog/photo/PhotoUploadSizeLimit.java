package news.liveblog.photo;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import news.liveblog.system.OversizedBody;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A photo larger than {@code liveblog.photos.max-upload-size} is refused from its Content-Length, before a
 * byte of it is read, with the sentence the editor reads beside the field. Uploads have this limit of their
 * own instead of the site's 512 KB for forms (system's RequestSizeLimit leaves this one address to it). It
 * runs after the security chain, so only a signed-in editor's upload is ever read to its end; one sent
 * without a length is refused by {@link Photos#upload} (411), unread.
 */
@Configuration(proxyBeanMethods = false)
class PhotoUploadSizeLimit {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> photoUploadSizeLimitFilter(
			@Value("${liveblog.photos.max-upload-size:25MB}") DataSize max, RefusalMessages messages,
			LocaleResolver locales, JsonMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Limit(max.toBytes(), messages, locales, json));
		registration.addUrlPatterns(PhotoUploadController.UPLOADS);
		// After Spring Security's chain (-100): strangers are turned away there, unread.
		registration.setOrder(0);
		return registration;
	}

	private static final class Limit extends OncePerRequestFilter {

		private final long maxBytes;

		private final RefusalMessages messages;

		private final LocaleResolver locales;

		private final JsonMapper json;

		Limit(long maxBytes, RefusalMessages messages, LocaleResolver locales, JsonMapper json) {
			this.maxBytes = maxBytes;
			this.messages = messages;
			this.locales = locales;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long length = request.getContentLengthLong();
			if (length <= this.maxBytes) {
				chain.doFilter(request, response);
				return;
			}
			// Up to twice the limit the script gets the answer; beyond, it refuses such a file before sending it.
			OversizedBody.dropOrClose(request, response, 2 * this.maxBytes);
			String message = this.messages.refused(PhotoRefusedException.Reason.TOO_LARGE,
					this.locales.resolveLocale(request));
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), Map.of("message", message));
		}

	}

}
