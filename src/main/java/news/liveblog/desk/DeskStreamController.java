package news.liveblog.desk;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import news.liveblog.account.SignedInEditor;
import news.liveblog.live.EventStreamResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/desk/events}: what changes on the desk, as server-sent events, for the editor signed in
 * (the back office's security sees to that: a stranger is answered 401). Each event only says which blog
 * changed and how ({@code event: change}, {@code {"blog":"slug","kind":"PUBLISHED","entryId":12}}); the page
 * fetches what it shows again. A session holds at most so many streams at once ({@link DeskStreams}); beyond
 * them it is answered 429 with a Retry-After.
 */
@RestController
class DeskStreamController {

	static final String EVENTS = "/admin/desk/events";

	/** When a session refused for holding too many streams is told to try again. */
	static final Duration RETRY_AFTER_TOO_MANY = Duration.ofSeconds(60);

	private final DeskStreams streams;

	private final Duration timeout;

	DeskStreamController(DeskStreams streams, @Value("${liveblog.desk.stream-timeout:PT30M}") Duration timeout) {
		this.streams = streams;
		this.timeout = timeout;
	}

	@GetMapping(EVENTS)
	void events(@AuthenticationPrincipal SignedInEditor editor, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (editor == null || session == null) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		String sessionId = session.getId();
		if (!this.streams.tryOpen(sessionId)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_TOO_MANY.toSeconds()));
			return;
		}
		// Gives the session's place back once, however its stream ends.
		EventStreamResponse.start(request, response, this.timeout, () -> this.streams.closed(sessionId),
				(async) -> this.streams.open(editor, sessionId, async));
	}

}
