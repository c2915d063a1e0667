package news.liveblog.feed.fastpath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/**
 * A feed page (or its embed: {@code variant}) as bytes, rendered at change {@code seq}; also in direct buffers,
 * which the web server writes to the socket as they are (a heap array would be copied into one on every request).
 */
public record RenderedPage(PageVariant variant, long blogId, long seq, byte[] html, byte[] gzipped,
		String languageTag, long lastModified, ByteBuffer directHtml, ByteBuffer directGzipped) {

	public static RenderedPage of(long blogId, long seq, byte[] html, String languageTag, long lastModified) {
		return of(PageVariant.FEED, blogId, seq, html, languageTag, lastModified);
	}

	public static RenderedPage of(PageVariant variant, long blogId, long seq, byte[] html, String languageTag,
			long lastModified) {
		byte[] gzipped = gzip(html);
		return new RenderedPage(variant, blogId, seq, html, gzipped, languageTag, lastModified, direct(html),
				direct(gzipped));
	}

	private static ByteBuffer direct(byte[] bytes) {
		return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public String etag() {
		return FeedResponses.etag(this.blogId, this.seq, this.variant.tag());
	}

}
