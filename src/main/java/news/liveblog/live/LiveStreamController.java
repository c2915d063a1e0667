package news.liveblog.live;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.feed.BlogMoved;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /live/{slug}/events}: a blog's changes as server-sent events. A browser resumes with
 * {@code Last-Event-ID} (sent by EventSource itself on reconnect); a page's first connection says where
 * it was rendered with {@code ?since=}.
 */
@RestController
class LiveStreamController {

	private final LiveStreams streams;

	private final LiveBlogs liveBlogs;

	private final long timeoutMillis;

	LiveStreamController(LiveStreams streams, LiveBlogs liveBlogs,
			@Value("${liveblog.live.stream-timeout:PT30M}") Duration timeout) {
		this.streams = streams;
		this.liveBlogs = liveBlogs;
		this.timeoutMillis = timeout.toMillis();
	}

	@GetMapping("/live/{slug}/events")
	void events(@PathVariable String slug, @RequestParam(required = false) Long since,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		LiveBlog blog = this.streams.publicBlog(slug).orElseThrow(() -> BlogMoved.orNotFound(this.liveBlogs, slug));
		response.setContentType("text/event-stream;charset=UTF-8");
		// Never cached, never buffered by a proxy: each event must reach the reader as it is sent.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Accel-Buffering", "no");
		// The servlet's own asynchronous response, not a Spring emitter: events go out as the bytes they
		// already are, and ten thousand readers cost ten thousand writes, nothing more.
		AsyncContext async = request.startAsync();
		async.setTimeout(this.timeoutMillis);
		this.streams.open(blog, resumeFrom(lastEventId, since, blog), async);
	}

	/**
	 * Last-Event-ID wins (it is the browser's own record); a missing or unreadable one means "from now".
	 * A number from the future is taken as now, or the reader would wait for it.
	 */
	private static long resumeFrom(String lastEventId, Long since, LiveBlog blog) {
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
