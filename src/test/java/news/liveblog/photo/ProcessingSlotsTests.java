package news.liveblog.photo;

import java.awt.Color;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance processes two uploads at once (application.properties' default); one more waits a moment for a
 * slot, then is told to try again in a few seconds, and nothing of it is stored. The slots are taken here
 * through the gate every upload goes through, as two long uploads would hold them.
 */
@ApplicationTest
class ProcessingSlotsTests {

	@Autowired
	private ProcessingSlots slots;

	@Autowired
	private PhotoUploads uploads;

	private int held;

	@AfterEach
	void releaseTheSlots() {
		for (; this.held > 0; this.held--) {
			this.slots.release();
		}
	}

	@Test
	void anUploadWhileEverySlotIsTakenIsRefusedWith503AndRetryAfter() {
		takeEverySlot();
		String before = this.uploads.storedCounts();

		MvcTestResult busy = this.uploads.upload(TestImages.jpeg(640, 480, Color.RED), "image/jpeg");

		assertThat(busy).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(busy).headers().hasValue("Retry-After", "5");
		assertThat((String) PhotoUploads.read(busy, "message")).isEqualTo("The server is busy: the photo will be sent again in a few seconds.");
		assertThat(this.uploads.storedCounts()).isEqualTo(before);
	}

	@Test
	void aSlotFreedIsTakenByTheNextUpload() {
		takeEverySlot();
		this.slots.release();
		this.held--;

		assertThat(this.uploads.upload(TestImages.jpeg(640, 480, Color.BLUE), "image/jpeg"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.slots.available()).as("given back after the upload").isEqualTo(1);
	}

	@Test
	void aPhotoAlreadyStoredNeedsASlotToo() {
		// Nothing of the original file is kept to recognise it by (the key is the rendition's hash): the same
		// file again is processed again, so it waits for a slot like any other, then is the same photo.
		byte[] file = TestImages.jpeg(640, 480, Color.GREEN);
		StoredPhoto stored = this.uploads.uploaded(file, "image/jpeg");
		takeEverySlot();

		assertThat(this.uploads.upload(file, "image/jpeg")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		this.slots.release();
		this.held--;
		assertThat(this.uploads.uploaded(file, "image/jpeg")).isEqualTo(stored);
	}

	private void takeEverySlot() {
		while (this.slots.available() > 0) {
			assertThat(this.slots.tryAcquire()).isTrue();
			this.held++;
		}
		assertThat(this.held).as("slots by default").isEqualTo(2);
	}

}
