package news.liveblog.photo;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The sentence an editor reads beside the upload field when a photo is refused, in their language. */
@Component
class RefusalMessages {

	private final MessageSource messages;

	/** "25 MB": the limit as the editor reads it. */
	private final String limit;

	RefusalMessages(MessageSource messages, @Value("${liveblog.photos.max-upload-size:25MB}") DataSize maxUploadSize) {
		this.messages = messages;
		this.limit = maxUploadSize.toMegabytes() + " MB";
	}

	String refused(PhotoRefusedException.Reason reason, Locale locale) {
		return this.messages.getMessage(reason.messageKey(), new Object[] { this.limit }, locale);
	}

	/** With the limit that refused it: the size, or the megapixels its format may declare. */
	String refused(PhotoRefusedException refused, Locale locale) {
		return this.messages.getMessage(refused.reason().messageKey(),
				new Object[] { this.limit, refused.maxPixels() / 1_000_000 }, locale);
	}

	String busy(Locale locale) {
		return this.messages.getMessage("photo.busy", null, locale);
	}

}
