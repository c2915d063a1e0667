package news.liveblog.push;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service worker that shows the alerts (static/push-worker.js), at the site's root rather than under
 * /assets/: a worker may only be registered for pages under its own folder, and each blog's is registered
 * for {@code /live/{slug}/}. So no {@code Service-Worker-Allowed} header is needed. Its address never changes
 * (a registration is bound to it), so browsers must ask again each time rather than keep it a year as
 * /assets/ files are kept.
 */
@RestController
class PushWorkerController {

	static final String PATH = "/push-worker.js";

	private static final Resource WORKER = new ClassPathResource("static/push-worker.js");

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

	@GetMapping(PATH)
	ResponseEntity<Resource> worker() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(WORKER);
	}

}
