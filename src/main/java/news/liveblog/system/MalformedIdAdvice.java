package news.liveblog.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An id that is not a number ({@code /entries/abc}, {@code ?before=x}) names nothing, so it gets the
 * same 404 page as an id that does not exist, not a 400 or a 500.
 */
@ControllerAdvice
class MalformedIdAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void malformedId(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
