package news.liveblog.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than any form of the site is refused before anything reads it, with the 413 page
 * that says so, rather than Jetty's bare 400 once its form parser gives up. The limit is Jetty's own form
 * limit, so a body sent without a length meets the same one there. An entry over its 20,000 characters
 * but under this limit comes back in the composer with the error beside it instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestSizeLimit extends OncePerRequestFilter {

	/** Bodies over the limit but under this are read and dropped before the answer; larger ones are not. */
	private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

	private final long maxBytes;

	RequestSizeLimit(@Value("${server.jetty.max-http-form-post-size}") DataSize max) {
		this.maxBytes = max.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			OversizedBody.dropOrClose(request, response, DRAIN_LIMIT);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Photo uploads have a limit of their own, and answer it in JSON (the photo module's PhotoUploadSizeLimit). */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return PhotoUploadAddress.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
