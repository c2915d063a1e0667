package news.liveblog.feed;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import news.liveblog.system.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The JSON API's failures as RFC 9457 problem details ({@code application/problem+json}), not the HTML
 * error page a reader's browser gets. The texts are for the developers calling the API, so they are
 * English and not in the message bundles, which hold what readers and editors see.
 */
@RestControllerAdvice(assignableTypes = EntriesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(ApiRequestRejected.class)
	ProblemDetail badParameter(ApiRequestRejected rejected, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, rejected.getMessage(), request);
		problem.setProperty("parameter", rejected.getParameter());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "No public live blog at this address", request);
	}

	private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
