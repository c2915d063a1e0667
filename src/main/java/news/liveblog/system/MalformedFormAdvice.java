package news.liveblog.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form field no page of ours sends, in a shape the binder cannot place ({@code photos[__].key}, a list index far
 * past any gallery): a script's or a stranger's request, not an editor's. It is a bad request, answered before
 * anything is saved, not a 500 that looks like the server's fault.
 */
@ControllerAdvice
class MalformedFormAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	void malformedField(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
