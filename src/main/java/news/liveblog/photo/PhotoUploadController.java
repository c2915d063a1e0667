package news.liveblog.photo;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import news.liveblog.account.SignedInEditor;
import news.liveblog.system.PhotoUploadAddress;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads from the composer's script: the body is the file's bytes as the browser has them (no multipart,
 * so the script gets its progress events from a plain XMLHttpRequest), answered with the stored photo or
 * with one sentence the editor reads beside the field. Every role of the back office may upload: reporters
 * in the field are contributors.
 */
@RestController
class PhotoUploadController {

	static final String UPLOADS = PhotoUploadAddress.PATH;

	/** What a refused upload's script is told to wait before it tries again. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final Photos photos;

	private final RefusalMessages messages;

	PhotoUploadController(Photos photos, RefusalMessages messages) {
		this.photos = photos;
		this.messages = messages;
	}

	@PostMapping(UPLOADS)
	ResponseEntity<UploadedPhoto> upload(HttpServletRequest request, @AuthenticationPrincipal SignedInEditor editor)
			throws IOException {
		// The composer's XMLHttpRequest always sends the File's length: what is reserved before it is read.
		StoredPhoto photo = this.photos.upload(request.getInputStream(), request.getContentLengthLong(),
				editor.getEditorId());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, photo.largestPath())
			.body(UploadedPhoto.of(photo));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> refused(PhotoRefusedException refused, Locale locale) {
		return ResponseEntity.status(refused.reason().status())
			.body(Map.of("message", this.messages.refused(refused, locale)));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> busy(PhotosBusyException busy, Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
			.body(Map.of("message", this.messages.busy(locale)));
	}

	/** The answer to an upload: the photo as a gallery copies it, and where its preview is. */
	record UploadedPhoto(String key, int width, int height, String type, String preview) {

		static UploadedPhoto of(StoredPhoto photo) {
			// The composer's preview: a rendition about as wide as a phone shows it.
			return new UploadedPhoto(photo.key(), photo.width(), photo.height(), photo.type(),
					photo.path(photo.renditionWidths().getFirst()));
		}

	}

}
