package news.liveblog.desk;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request the server was asked, as the server saw it (before security and the session filter): for
 * tests of what pages ask in the background. A test class imports it ({@code @Import(RequestsSeen.class)})
 * and autowires it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestsSeen extends OncePerRequestFilter {

	record Seen(String address, Instant at) {
	}

	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		this.seen.add(new Seen(request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : ""),
				Instant.now()));
		chain.doFilter(request, response);
	}

	/** How many requests so far asked for an address starting so, e.g. {@code "POST /admin/desk/presence"}. */
	long count(String start) {
		return this.seen.stream().filter((request) -> request.address().startsWith(start)).count();
	}

	/** How many requests so far asked for one of these addresses. */
	long count(List<String> starts) {
		return starts.stream().mapToLong(this::count).sum();
	}

	/** Whether no request for an address starting so came in for this long. */
	boolean quietFor(String start, Duration quiet) {
		Instant since = Instant.now().minus(quiet);
		return this.seen.stream().noneMatch((request) -> request.address().startsWith(start) && request.at().isAfter(since));
	}

}
