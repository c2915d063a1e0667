package news.liveblog.photo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The largest photo an editor may upload, for the back office's pages ({@code photoUploadLimit} in
 * admin/photo-gallery.html): the composer's script refuses a larger file before sending it, since the server
 * does not read a body of more than twice the limit and the browser would only see the connection close.
 */
@ControllerAdvice(basePackages = "news.liveblog.backoffice")
public class PhotoUploadLimit {

	private final DataSize max;

	PhotoUploadLimit(@Value("${liveblog.photos.max-upload-size:25MB}") DataSize max) {
		this.max = max;
	}

	@ModelAttribute("photoUploadLimit")
	PhotoUploadLimit photoUploadLimit() {
		return this;
	}

	public long bytes() {
		return this.max.toBytes();
	}

	/** "25 MB", as the refusal's message says it. */
	public String printed() {
		return this.max.toMegabytes() + " MB";
	}

}
