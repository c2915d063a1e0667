package news.liveblog.photo;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.account.SignedInEditor;
import news.liveblog.system.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A photo's renditions, at the addresses {@link StoredPhoto#path} gives: to anyone while the photo is in a
 * published entry (or a revision of one) of a public blog, to a signed-in editor always (the composer's
 * previews, a draft's photos), to a contributor when it is theirs, to nobody else, who gets the same 404 as for a photo that never was. The bytes
 * are the rendition's, re-encoded from pixels, under the type they were encoded as; browsers are told not to
 * guess another one ({@code nosniff}, from system's SecurityHeaders).
 */
@RestController
class MediaController {

	private static final Pattern WIDTH = Pattern.compile("[1-9][0-9]{0,4}");

	/**
	 * An address's bytes never change (the key is the hash of the largest rendition), so browsers keep them a year. Whether
	 * they may be seen does: a shared cache (a CDN) asks again each minute, so a retracted entry's photos are
	 * gone from it within a minute, and from this site at once.
	 */
	static final String PUBLIC_CACHING = "public, max-age=31536000, immutable, s-maxage=60";

	/** A photo readers may not see yet: kept by no shared cache, and asked again each time it is shown. */
	static final String PRIVATE_CACHING = "private, no-cache";

	private final PhotoStore store;

	private final RenditionCache cache;

	private final PublishedPhotos published;

	MediaController(PhotoStore store, RenditionCache cache, PublishedPhotos published) {
		this.store = store;
		this.cache = cache;
		this.published = published;
	}

	@GetMapping("/media/{key}/{width}")
	ResponseEntity<byte[]> rendition(@PathVariable String key, @PathVariable String width,
			HttpServletRequest request, HttpServletResponse response) {
		if (!Photos.KEY.matcher(key).matches() || !WIDTH.matcher(width).matches()) {
			throw notFound(key, width);
		}
		int renditionWidth = Integer.parseInt(width);
		// Publication first, one query, before the photo is looked for: to a reader, a key that was never stored
		// and one of a photo not published yet cost the same and give the same 404. Asked at every request, so
		// that a retraction stops the photo at once, cached bytes or not.
		String caching;
		if (this.published.isPublic(key)) {
			caching = PUBLIC_CACHING;
		}
		else if (maySeeUnpublished(key, request)) {
			caching = PRIVATE_CACHING;
		}
		else {
			throw notFound(key, width);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, caching);
		// Asked only once who may see it: a 304 tells a stranger nothing about a photo they may not see.
		if (new ServletWebRequest(request, response).checkNotModified("\"" + key + "-" + renditionWidth + "\"")) {
			return null;
		}
		// The bytes never change (the key is their hash): from memory after the first time.
		ServedRendition rendition = this.cache.get(key, renditionWidth, () -> this.store.rendition(key, renditionWidth))
			.orElseThrow(() -> notFound(key, width));
		// The site names UTF-8 on every response (spring.servlet.encoding.force), which means nothing for an image.
		response.setCharacterEncoding((String) null);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(rendition.type()))
			.contentLength(rendition.bytes().length)
			.body(rendition.bytes());
	}

	/**
	 * Asked only of a photo readers may not see: the security context is loaded from the session lazily (on
	 * the first look at it), and the session is there only once asked for ({@link SessionOnlyWhenAsked}), so a
	 * public image asked with a back-office cookie reads no session, writes none,
	 * and keeps no idle desk signed in ({@code liveblog.desk.away-after}) while a public tab shows its photos.
	 * Editors and admins see every photo (they review everyone's drafts); a contributor only those they
	 * uploaded or that an entry of theirs shows, not another's draft's photo by its key.
	 */
	private boolean maySeeUnpublished(String key, HttpServletRequest request) {
		SessionOnlyWhenAsked.ask(request);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInEditor editor)) {
			return false;
		}
		return !editor.isContributor() || this.store.uploadedBy(key, editor.getEditorId())
				|| this.published.isInAnEntryBy(key, editor.getEditorId());
	}

	private static NotFoundException notFound(String key, String width) {
		return new NotFoundException("No photo rendition " + key + "/" + width);
	}

}
