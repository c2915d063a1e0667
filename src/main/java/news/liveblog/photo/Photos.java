package news.liveblog.photo;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The photos of the site: uploaded from the back office, found by their key. The key is the SHA-256 of what
 * is served (the largest rendition's bytes), never of the uploaded file: it is in every public address, and a
 * hash of the original would let anyone who holds that file (a source's phone, a seized device, a chat backup)
 * prove that it is the published one, or ask whether the newsroom holds it before it is published. Processing
 * is deterministic, so the same file sent again makes the same renditions and ends as the photo already stored.
 */
@Service
public class Photos {

	static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private final PhotoStore store;

	private final PhotoProcessing processing;

	private final ProcessingSlots slots;

	private final UploadMemory memory;

	private final long maxUploadBytes;

	private final Timer processingTime;

	Photos(PhotoStore store, PhotoProcessing processing, ProcessingSlots slots, UploadMemory memory,
			@Value("${liveblog.photos.max-upload-size:25MB}") DataSize maxUploadSize, MeterRegistry meters) {
		this.store = store;
		this.processing = processing;
		this.slots = slots;
		this.memory = memory;
		this.maxUploadBytes = maxUploadSize.toBytes();
		// What a slot is held for: with the uploads refused busy, what tells whether an instance needs more.
		this.processingTime = Timer.builder("liveblog.photos.processing")
			.description("Decoding, resizing, encoding and storing an upload's renditions")
			.register(meters);
	}

	/** The photo of that key, if one was stored; any other string (not 64 lowercase hex digits) finds none. */
	public Optional<StoredPhoto> find(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		return this.store.find(key);
	}

	/**
	 * Reads the upload, whose length is known before it is read (at most {@code liveblog.photos.max-upload-size},
	 * and no more than the {@link UploadMemory} left), processes it and stores it as a photo unless the same
	 * renditions were stored already. The same file uploaded twice is processed twice (it is rare): a fast
	 * path would need something derived from the original bytes, which is what must not be kept.
	 * @param upload the file's bytes, as sent
	 * @param length the request's Content-Length, negative when it had none
	 * @param uploadedBy the editor's account id, or null
	 * @throws PhotoRefusedException when it is not a photo this site takes (the reason says why)
	 * @throws PhotosBusyException when this instance holds or processes as many uploads as it may at once
	 */
	public StoredPhoto upload(InputStream upload, long length, Long uploadedBy) {
		if (length < 0) {
			throw new PhotoRefusedException(PhotoRefusedException.Reason.LENGTH_REQUIRED, "no Content-Length");
		}
		if (length == 0) {
			throw new PhotoRefusedException(PhotoRefusedException.Reason.EMPTY, "no bytes");
		}
		if (length > this.maxUploadBytes) {
			throw new PhotoRefusedException(PhotoRefusedException.Reason.TOO_LARGE,
					length + " bytes, more than " + this.maxUploadBytes);
		}
		int reserved = (int) length;
		if (!this.memory.tryReserve(reserved)) {
			throw new PhotosBusyException();
		}
		try {
			byte[] bytes = readWhole(upload, reserved);
			return this.slots.run(() -> this.processingTime.record(() -> {
				ProcessedPhoto processed = this.processing.process(bytes);
				String key = sha256(processed.renditions().getLast().bytes());
				StoredPhoto photo = new StoredPhoto(key, processed.width(), processed.height(), processed.type());
				this.store.save(photo, processed.renditions(), uploadedBy);
				return photo;
			}));
		}
		finally {
			this.memory.release(reserved);
		}
	}

	/** Into one array of the declared length, the only copy of the body this instance holds. */
	private static byte[] readWhole(InputStream upload, int length) {
		try {
			byte[] bytes = new byte[length];
			if (upload.readNBytes(bytes, 0, length) < length) {
				throw new PhotoRefusedException(PhotoRefusedException.Reason.INCOMPLETE, "body shorter than its length");
			}
			return bytes;
		}
		catch (IOException ex) {
			// The connection broke while the file came in: it is incomplete, and the editor may try again.
			throw new PhotoRefusedException(PhotoRefusedException.Reason.INCOMPLETE, "upload broke off", ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
