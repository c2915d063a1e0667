package news.liveblog.live;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.blog.BlogMoved;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.system.ClientAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /live/{slug}/events}: a blog's changes as server-sent events. A browser resumes with
 * {@code Last-Event-ID} (sent by EventSource itself on reconnect); a page's first connection says where
 * it was rendered with {@code ?since=}. A client address holds at most so many streams at once
 * ({@link LiveStreamsPerClient}); beyond them it is answered 429 with a Retry-After.
 */
@RestController
class LiveStreamController {

	/** When a client refused for holding too many streams is told to try again. */
	static final Duration RETRY_AFTER_TOO_MANY = Duration.ofSeconds(30);

	private final LiveStreams streams;

	private final LiveBlogs liveBlogs;

	private final LiveStreamsPerClient perClient;

	private final Duration timeout;

	LiveStreamController(LiveStreams streams, LiveBlogs liveBlogs, LiveStreamsPerClient perClient,
			@Value("${liveblog.live.stream-timeout:PT30M}") Duration timeout) {
		this.streams = streams;
		this.liveBlogs = liveBlogs;
		this.perClient = perClient;
		this.timeout = timeout;
	}

	@GetMapping("/live/{slug}/events")
	void events(@PathVariable String slug, @RequestParam(required = false) Long since,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		LiveBlog blog = this.streams.publicBlog(slug).orElseThrow(() -> BlogMoved.orNotFound(this.liveBlogs, slug));
		String client = ClientAddress.of(request);
		if (!this.perClient.tryOpen(client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_TOO_MANY.toSeconds()));
			return;
		}
		// Gives the client's place back once, however its stream ends.
		EventStreamResponse.start(request, response, this.timeout, () -> this.perClient.closed(client),
				(async) -> this.streams.open(blog, resumeFrom(lastEventId, since, blog), async));
	}

	/**
	 * Last-Event-ID wins (it is the browser's own record); a missing or unreadable one means "from now".
	 * A number from the future is taken as now, or the reader would wait for it.
	 */
	static long resumeFrom(String lastEventId, Long since, LiveBlog blog) {
		long current = blog.getChangeSequence();
		Long asked = since;
		if (lastEventId != null) {
			try {
				asked = Long.parseLong(lastEventId.strip());
			}
			catch (NumberFormatException ex) {
				// not one of ours: fall back to since
			}
		}
		return (asked == null) ? current : Math.clamp(asked, 0, current);
	}

}
