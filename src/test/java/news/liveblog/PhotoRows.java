package news.liveblog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import news.liveblog.photo.StoredPhoto;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photos as the photo module stores them (V18's {@code photo} and {@code photo_rendition} rows, each rendition
 * a real JPEG of its size), put in with SQL: for tests of galleries that are not about uploading. Each photo
 * has a key of its own.
 */
public final class PhotoRows {

	private final JdbcClient jdbc;

	public PhotoRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored JPEG photo whose largest rendition is that size (a width of at most 2048, as the module keeps). */
	public StoredPhoto insert(int width, int height) {
		byte[] random = new byte[32];
		ThreadLocalRandom.current().nextBytes(random);
		StoredPhoto photo = new StoredPhoto(HexFormat.of().formatHex(random), width, height, "image/jpeg");
		this.jdbc.sql("insert into photo (key, media_type, width, height, uploaded_at) values (?, ?, ?, ?, ?)")
			.params(photo.key(), photo.type(), width, height, java.sql.Timestamp.from(Instant.now()))
			.update();
		for (int renditionWidth : photo.renditionWidths()) {
			int renditionHeight = photo.heightAt(renditionWidth);
			this.jdbc.sql("insert into photo_rendition (photo_key, width, height, bytes) values (?, ?, ?, ?)")
				.params(photo.key(), renditionWidth, renditionHeight, jpeg(renditionWidth, renditionHeight))
				.update();
		}
		return photo;
	}

	/** A landscape photo as a phone takes it, its top half sky blue and its bottom half green. */
	static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x4a90d9));
		graphics.fillRect(0, 0, width, height / 2);
		graphics.setColor(new Color(0x3c8d3c));
		graphics.fillRect(0, height / 2, width, height - height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
