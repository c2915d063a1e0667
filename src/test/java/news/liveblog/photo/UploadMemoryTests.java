package news.liveblog.photo;

import java.awt.Color;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Uploads' bodies share one memory budget per instance (200 MB by default), reserved by their Content-Length
 * before a byte is read: with too little left, one more is told to try again and nothing of it is read or
 * stored. The budget is taken here through the real one, as uploads in progress would hold it.
 */
@ApplicationTest
class UploadMemoryTests {

	@Autowired
	private UploadMemory memory;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private PhotoUploads uploads;

	private int held;

	@AfterEach
	void giveBackWhatWasHeld() {
		this.memory.release(this.held);
		this.held = 0;
	}

	@Test
	void anUploadLargerThanTheMemoryLeftIsRefusedWith503AndRetryAfter() {
		byte[] file = TestImages.jpeg(640, 480, Color.ORANGE);
		hold(this.memory.available() - file.length + 1);
		String before = this.uploads.storedCounts();

		MvcTestResult busy = this.uploads.upload(file, "image/jpeg");

		assertThat(busy).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(busy).headers().hasValue("Retry-After", "5");
		assertThat((String) PhotoUploads.read(busy, "message")).isEqualTo("The server is busy: the photo will be sent again in a few seconds.");
		assertThat(this.uploads.storedCounts()).isEqualTo(before);
	}

	@Test
	void anUploadThatFitsWhatIsLeftIsTakenAndGivesItsMemoryBack() {
		byte[] file = TestImages.jpeg(640, 480, Color.YELLOW);
		hold(this.memory.available() - file.length);

		assertThat(this.uploads.upload(file, "image/jpeg")).hasStatus(HttpStatus.CREATED);
		assertThat(this.memory.available()).as("given back after processing").isEqualTo(file.length);
	}

	@Test
	void aRefusedUploadGivesItsMemoryBackToo() {
		int before = this.memory.available();

		assertThat(this.uploads.upload(TestImages.animatedGif(), "image/gif"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.memory.available()).isEqualTo(before).isEqualTo(this.memory.budget());
	}

	@Test
	void anUploadWithoutItsLengthIsRefusedWith411() {
		String before = this.uploads.storedCounts();

		// No body at all: MockMvc then gives no Content-Length, as a chunked upload would not.
		MvcTestResult result = this.mvc.post()
			.uri("/admin/photos")
			.with(this.backOffice.asEditor())
			.with(csrf().asHeader())
			.header("X-Requested-With", "XMLHttpRequest")
			.contentType("image/jpeg")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.LENGTH_REQUIRED);
		assertThat((String) PhotoUploads.read(result, "message")).isEqualTo(
				"The upload came without its length: send the photo again from the composer.");
		assertThat(this.uploads.storedCounts()).isEqualTo(before);
	}

	private void hold(int bytes) {
		assertThat(this.memory.tryReserve(bytes)).isTrue();
		this.held += bytes;
	}

}
