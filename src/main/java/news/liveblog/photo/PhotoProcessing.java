package news.liveblog.photo;

import org.springframework.stereotype.Component;

/** Turns an upload into renditions made from its pixels alone. */
@Component
class PhotoProcessing {

	ProcessedPhoto process(byte[] upload) {
		throw new PhotoRefusedException(PhotoRefusedException.Reason.NOT_AN_IMAGE, "not yet");
	}

}
