package news.liveblog.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * {@code GET /live/{slug}/events}: a blog's changes as server-sent events. A browser resumes with
 * {@code Last-Event-ID} (sent by EventSource itself on reconnect); a page's first connection says where
 * it was rendered with {@code ?since=}.
 */
@RestController
class LiveStreamController {

	private final LiveBlogs liveBlogs;

	private final LiveStreams streams;

	private final long timeoutMillis;

	LiveStreamController(LiveBlogs liveBlogs, LiveStreams streams,
			@Value("${liveblog.live.stream-timeout:PT30M}") Duration timeout) {
		this.liveBlogs = liveBlogs;
		this.streams = streams;
		this.timeoutMillis = timeout.toMillis();
	}

	@GetMapping("/live/{slug}/events")
	ResponseEntity<ResponseBodyEmitter> events(@PathVariable String slug, @RequestParam(required = false) Long since,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		LiveBlog blog = this.liveBlogs.findPublic(slug).orElseThrow(() -> new NotFoundException("No live blog " + slug));
		// Never cached, never buffered by a proxy: each event must reach the reader as it is sent.
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Accel-Buffering", "no")
			.body(this.streams.open(blog, resumeFrom(lastEventId, since, blog), this.timeoutMillis));
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
