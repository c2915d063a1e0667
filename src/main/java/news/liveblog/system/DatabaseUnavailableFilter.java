package news.liveblog.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * While the database is out of reach, every request that needs it fails; this turns that failure into a
 * 503 that says so, instead of an error page or, worse, a lost text. When the failed request was a form
 * (an editor publishing, correcting, retracting), the answer gives back everything it carried, in a form
 * that sends it again to the same place: its one-time submission token makes sending twice safe, and its
 * CSRF token stays valid since the session outlives the outage.
 * <p>
 * It is the outermost filter so that it also catches failures before the controllers: the session and the
 * sign-in read the database too. Public feed pages in memory do not get here at all (CachedFeedHandler).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** Seconds a client should wait before trying again: about how long PostgreSQL takes to restart. */
	static final String RETRY_AFTER_SECONDS = "10";

	/** The fields an editor typed, shown to them again; any other field travels hidden. */
	private static final Set<String> TYPED_FIELDS = Set.of("headline", "body", "publicNote", "reason", "title",
			"description");

	private static final Set<String> NEVER_ECHOED = Set.of("password", "newPassword", "currentPassword");

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final SpringTemplateEngine templates;

	private final LocaleResolver locales;

	private final ResourceUrlProvider resourceUrls;

	private final DataSource dataSource;

	DatabaseUnavailableFilter(SpringTemplateEngine templates, LocaleResolver locales, ResourceUrlProvider resourceUrls,
			DataSource dataSource) {
		this.dataSource = dataSource;
		this.templates = templates;
		this.locales = locales;
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !(DatabaseOutage.isCauseOf(ex) || databaseFailedAndIsUnreachable(ex))) {
				throw ex;
			}
			logger.warn("Database unavailable, answered {} {} with 503: {}", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			answerUnavailable(request, response);
		}
	}

	private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().endsWith("/events")) {
			// A live stream: the page's script reconnects by itself.
			return;
		}
		// Rendered outside Spring MVC, so with a plain context: the template has no @{...} links.
		Context context = new Context(this.locales.resolveLocale(request));
		String stylesheet = this.resourceUrls.getForLookupPath("/assets/css/liveblog.css");
		context.setVariable("stylesheet", (stylesheet != null) ? stylesheet : "/assets/css/liveblog.css");
		boolean form = "POST".equals(request.getMethod());
		context.setVariable("form", form);
		if (form) {
			context.setVariable("action", request.getRequestURI());
			List<Field> typed = new ArrayList<>();
			List<Field> hidden = new ArrayList<>();
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (NEVER_ECHOED.contains(parameter.getKey())) {
					continue;
				}
				for (String value : parameter.getValue()) {
					Field field = new Field(parameter.getKey(), value, value.length() > 120 || value.contains("\n"));
					(TYPED_FIELDS.contains(parameter.getKey()) ? typed : hidden).add(field);
				}
			}
			context.setVariable("typed", typed);
			context.setVariable("hidden", hidden);
		}
		response.setContentType("text/html;charset=UTF-8");
		this.templates.process("unavailable", context, response.getWriter());
	}

	/**
	 * Some outages reach us disguised: a query fails on a connection the server dropped, the connection pool
	 * closes it, and the rollback's "connection is closed" replaces the original failure. For any database
	 * failure, ask the database itself whether it is there.
	 */
	private boolean databaseFailedAndIsUnreachable(Throwable failure) {
		if (!DatabaseOutage.isDatabaseFailure(failure)) {
			return false;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			return !connection.isValid(2);
		}
		catch (SQLException ex) {
			return true;
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/** A submitted field, given back; {@code long} ones are shown in a text area. */
	record Field(String name, String value, boolean multiline) {
	}

}
