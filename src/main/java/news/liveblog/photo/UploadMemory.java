package news.liveblog.photo;

import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The heap this instance lends to uploads' bodies ({@code liveblog.photos.upload-memory}), reserved by each
 * one's Content-Length before a byte of it is read and given back once it is processed. Requests run on
 * virtual threads, so nothing else bounds how many bodies are held at once: twenty 25 MB uploads would
 * otherwise take a 1 GB heap from the readers. An upload that finds too little left is told to try again in a
 * few seconds (503), unread.
 */
@Component
class UploadMemory {

	private final Semaphore bytes;

	private final int budget;

	UploadMemory(@Value("${liveblog.photos.upload-memory:200MB}") DataSize budget) {
		// A semaphore counts in int: up to 2 GB, far more than any instance lends to uploads.
		this.budget = (int) Math.min(Integer.MAX_VALUE, budget.toBytes());
		this.bytes = new Semaphore(this.budget);
	}

	/** Takes that many bytes of the budget if they are free now: waiting would hold the request's thread and socket. */
	boolean tryReserve(int length) {
		return this.bytes.tryAcquire(length);
	}

	void release(int length) {
		this.bytes.release(length);
	}

	int available() {
		return this.bytes.availablePermits();
	}

	int budget() {
		return this.budget;
	}

}
