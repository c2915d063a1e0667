package news.liveblog.photo;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import news.liveblog.BackOffice;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Uploads as the composer's script sends them (the file's bytes as the body, the token in a header), and what was
 * stored. A bean of every {@code @ApplicationTest}.
 */
public final class PhotoUploads {

	private final MockMvcTester mvc;

	private final BackOffice backOffice;

	private final JdbcClient jdbc;

	PhotoUploads(MockMvcTester mvc, BackOffice backOffice, JdbcClient jdbc) {
		this.mvc = mvc;
		this.backOffice = backOffice;
		this.jdbc = jdbc;
	}

	MvcTestResult upload(byte[] file, String claimedType) {
		return upload(file, claimedType, this.backOffice.asEditor(), "en");
	}

	MvcTestResult upload(byte[] file, String claimedType, RequestPostProcessor as, String language) {
		return this.mvc.post()
			.uri("/admin/photos")
			.with(as)
			.with(csrf().asHeader())
			.header("X-Requested-With", "XMLHttpRequest")
			.header("Accept-Language", language)
			.contentType(claimedType)
			.content(file)
			.exchange();
	}

	/** The photo an upload answered with, its answer checked on the way. */
	StoredPhoto uploaded(byte[] file, String claimedType) {
		MvcTestResult result = upload(file, claimedType);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		String key = (String) read(result, "key");
		StoredPhoto photo = new StoredPhoto(key, ((Number) read(result, "width")).intValue(),
				((Number) read(result, "height")).intValue(), (String) read(result, "type"));
		assertThat(read(result, "preview")).isEqualTo(photo.path(photo.renditionWidths().getFirst()));
		return photo;
	}

	static Object read(MvcTestResult result, String field) {
		return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$." + field);
	}

	byte[] rendition(String key, int width) {
		return this.jdbc.sql("select bytes from photo_rendition where photo_key = ? and width = ?")
			.params(key, width)
			.query(byte[].class)
			.single();
	}

	/** Photos and renditions stored, to tell that a refused upload left nothing. */
	String storedCounts() {
		return this.jdbc.sql("select (select count(*) from photo) || ' photos, ' || (select count(*) from photo_rendition) || ' renditions'")
			.query(String.class)
			.single();
	}

}
