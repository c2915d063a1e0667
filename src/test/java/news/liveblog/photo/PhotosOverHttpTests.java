package news.liveblog.photo;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import news.liveblog.Browser;
import news.liveblog.CookieBrowser;
import news.liveblog.Newsroom;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos over real HTTP, with the sessions in PostgreSQL as in production: a reporter uploads from the
 * composer's script (the file as the body, the token in a header) and sees the preview through their session;
 * a reader gets a 404 and no cookie until the photo is published, then the image with its headers; a file
 * over the limit is answered 413 in JSON from its length.
 */
@ServerTest
class PhotosOverHttpTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReportersUploadIsTheirPreviewThenEveryonesOncePublished() {
		CookieBrowser reporter = CookieBrowser.signedIn(this.port, DemoAccounts.REPORTER);

		HttpResponse<String> uploaded = reporter.sendFile(this.port, "/admin/photos", TestImages.phonePhoto(),
				"image/jpeg");

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		String key = JsonPath.read(uploaded.body(), "$.key");
		String preview = JsonPath.read(uploaded.body(), "$.preview");
		assertThat(preview).isEqualTo("/media/" + key + "/480");
		HttpResponse<String> own = reporter.get(this.port, preview);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

		Browser reader = new Browser(this.port);
		HttpResponse<String> before = reader.get(preview);
		assertThat(before.statusCode()).isEqualTo(404);
		assertThat(before.headers().allValues("Set-Cookie")).as("no session for a reader").isEmpty();

		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "At the summit.", Instant.now());
		new Galleries(this.jdbc).show(entry, new StoredPhoto(key, 1200, 1600, "image/jpeg"));
		HttpResponse<String> after = reader.get(preview);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(after.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(after.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=31536000, immutable, s-maxage=60");
		assertThat(after.headers().firstValue("Content-Length")).isPresent();
		assertThat(after.headers().allValues("Set-Cookie")).isEmpty();
	}

	/**
	 * A desk's browser shows the public blog too: its photos must neither cost a session read and write each,
	 * nor keep an idle desk signed in past {@code liveblog.desk.away-after}. A photo only the desk may see
	 * does use the session, which shows that the measure would tell.
	 */
	@Test
	void aPublicPhotoAskedWithABackOfficeCookieLeavesTheSessionUntouched() {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		String published = uploadedKey(editor, TestImages.jpeg(800, 600, Color.ORANGE));
		String draft = uploadedKey(editor, TestImages.jpeg(800, 600, Color.PINK));
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "At the summit.", Instant.now());
		new Galleries(this.jdbc).show(entry, new StoredPhoto(published, 800, 600, "image/jpeg"));
		String session = editor.sessionCookie().orElseThrow();
		long lastAccess = lastAccess(session);

		HttpResponse<String> publicPhoto = editor.get(this.port, "/media/" + published + "/480");

		assertThat(publicPhoto.statusCode()).isEqualTo(200);
		assertThat(publicPhoto.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=31536000, immutable, s-maxage=60");
		assertThat(lastAccess(session)).as("session's last access after a public photo").isEqualTo(lastAccess);

		Awaitility.await().until(() -> System.currentTimeMillis() > lastAccess);
		HttpResponse<String> draftPhoto = editor.get(this.port, "/media/" + draft + "/480");

		assertThat(draftPhoto.statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("after a draft's photo, which needs the session").isGreaterThan(lastAccess);
	}

	private String uploadedKey(CookieBrowser editor, byte[] file) {
		HttpResponse<String> uploaded = editor.sendFile(this.port, "/admin/photos", file, "image/jpeg");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		return JsonPath.read(uploaded.body(), "$.key");
	}

	/** Spring Session's cookie holds the session's id in Base64. */
	private long lastAccess(String cookie) {
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	@Test
	void anUploadWithoutItsTokenIsRefusedAndNothingIsStored() {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);
		Browser stranger = new Browser(this.port);
		long photos = photos();

		HttpResponse<String> noToken = editor.sendFile(this.port, "/admin/photos", TestImages.jpeg(300, 200, Color.RED),
				"image/jpeg", "X-CSRF-TOKEN", "forged");
		HttpResponse<String> strangers = stranger.post("/admin/photos", TestImages.jpeg(300, 200, Color.RED),
				"image/jpeg", "X-Requested-With", "XMLHttpRequest");

		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(strangers.statusCode()).isEqualTo(403);
		assertThat(photos()).isEqualTo(photos);
	}

	private long photos() {
		return this.jdbc.sql("select count(*) from photo").query(Long.class).single();
	}

	@Test
	void aFileOverTheLimitIsAnswered413FromItsLength() {
		CookieBrowser editor = CookieBrowser.signedIn(this.port, DemoAccounts.EDITOR);

		HttpResponse<String> tooLarge = editor.sendFile(this.port, "/admin/photos", new byte[26 * 1024 * 1024],
				"image/jpeg", "Accept-Language", "fr");

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat((String) JsonPath.read(tooLarge.body(), "$.message"))
			.isEqualTo("Ce fichier dépasse 25 MB : envoyez une photo plus petite.");
	}

}
