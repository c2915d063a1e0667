package news.liveblog.photo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the bytes of an upload show before any decoder sees them, from the containers' structure alone (where
 * a JPEG's compressed data starts and ends, a PNG's chunks, a GIF's trailer, a RIFF's length): whether the
 * file ends as its format says a whole file does, whether it holds markup, whether a PNG is animated.
 * <p>
 * Markup is looked for outside the compressed pixel data, in the headers, segments, chunks and whatever comes
 * after the image, where a polyglot puts the HTML or script it hides: compressed data is near random, and a
 * four-letter tag would turn up by chance in one large photo out of a few hundred. XMP's {@code <x:xmpmeta>}
 * and {@code <rdf:RDF>}, which every phone writes, are no markup to a browser and are not looked for.
 */
final class UploadInspection {

	/** A tag only counts when a delimiter follows it, as in any document a browser would render. */
	private static final List<byte[]> MARKUP = List.of(ascii("<script"), ascii("<html"), ascii("<body"),
			ascii("<iframe"), ascii("<svg"), ascii("<?php"));

	private static final int SVG_PROLOGUE = 4096;

	private final boolean holdsMarkup;

	private final boolean endsProperly;

	private final boolean animated;

	private final boolean progressive;

	private UploadInspection(boolean holdsMarkup, boolean endsProperly, boolean animated) {
		this(holdsMarkup, endsProperly, animated, false);
	}

	private UploadInspection(boolean holdsMarkup, boolean endsProperly, boolean animated, boolean progressive) {
		this.holdsMarkup = holdsMarkup;
		this.endsProperly = endsProperly;
		this.animated = animated;
		this.progressive = progressive;
	}

	/** An SVG document (XML text with an svg element near its start), whatever the name it came with. */
	static boolean looksLikeSvg(byte[] upload) {
		int start = 0;
		// A UTF-8 byte order mark, then white space, then "<" begins any XML document.
		if (upload.length >= 3 && (upload[0] & 0xFF) == 0xEF && (upload[1] & 0xFF) == 0xBB && (upload[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		while (start < upload.length && Character.isWhitespace(upload[start])) {
			start++;
		}
		if (start >= upload.length || upload[start] != '<') {
			return false;
		}
		return indexOf(upload, ascii("<svg"), start, Math.min(upload.length, start + SVG_PROLOGUE), false) >= 0;
	}

	static UploadInspection of(byte[] upload, String format) {
		return switch (format) {
			case "jpeg" -> jpeg(upload);
			case "png" -> png(upload);
			case "gif" -> new UploadInspection(holdsMarkup(upload, 0, upload.length), gifEnds(upload), false);
			case "webp" -> new UploadInspection(holdsMarkup(upload, 0, upload.length), riffEnds(upload), false);
			default -> new UploadInspection(holdsMarkup(upload, 0, upload.length), true, false);
		};
	}

	boolean holdsMarkup() {
		return this.holdsMarkup;
	}

	boolean endsProperly() {
		return this.endsProperly;
	}

	boolean animated() {
		return this.animated;
	}

	/**
	 * A progressive JPEG (its frame header is SOF2, or SOF6, SOF10, SOF14): decoded, it is held whole as
	 * coefficients before a pixel comes out, whatever the subsampling asked, so its size costs more.
	 */
	boolean progressive() {
		return this.progressive;
	}

	/**
	 * The segments before the first scan (APPn, COM, tables) and what follows the last end-of-image marker.
	 * Inside compressed JPEG data a 0xFF byte is always followed by 0x00 or a restart marker, so an end of
	 * image after the first scan means the file arrived whole.
	 */
	private static UploadInspection jpeg(byte[] upload) {
		int position = 2;
		int scan = -1;
		boolean progressive = false;
		while (position + 4 <= upload.length) {
			if ((upload[position] & 0xFF) != 0xFF) {
				break;
			}
			int marker = upload[position + 1] & 0xFF;
			if (marker == 0xFF) {
				position++;
				continue;
			}
			if (marker == 0xDA) {
				scan = position;
				break;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
				position += 2;
				continue;
			}
			progressive |= marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
			position += 2 + (((upload[position + 2] & 0xFF) << 8) | (upload[position + 3] & 0xFF));
		}
		if (scan < 0) {
			return new UploadInspection(holdsMarkup(upload, 0, upload.length), false, false, progressive);
		}
		int end = lastEndOfImage(upload, scan);
		boolean markup = holdsMarkup(upload, 0, scan) || (end >= 0 && holdsMarkup(upload, end + 2, upload.length));
		return new UploadInspection(markup, end >= 0, false, progressive);
	}

	private static int lastEndOfImage(byte[] upload, int from) {
		for (int i = upload.length - 2; i > from; i--) {
			if ((upload[i] & 0xFF) == 0xFF && (upload[i + 1] & 0xFF) == 0xD9) {
				return i;
			}
		}
		return -1;
	}

	/** Every chunk but the compressed image data (IDAT, and an animation's fdAT); whole when IEND came. */
	private static UploadInspection png(byte[] upload) {
		boolean markup = false;
		boolean animated = false;
		int position = 8;
		while (position + 12 <= upload.length) {
			long length = ((upload[position] & 0xFFL) << 24) | ((upload[position + 1] & 0xFF) << 16)
					| ((upload[position + 2] & 0xFF) << 8) | (upload[position + 3] & 0xFF);
			String type = new String(upload, position + 4, 4, StandardCharsets.ISO_8859_1);
			long next = position + 12 + length;
			if (next > upload.length) {
				break;
			}
			if ("IEND".equals(type)) {
				return new UploadInspection(markup || holdsMarkup(upload, (int) next, upload.length), true, animated);
			}
			if ("acTL".equals(type)) {
				animated = true;
			}
			if (!"IDAT".equals(type) && !"fdAT".equals(type)) {
				markup |= holdsMarkup(upload, position + 8, (int) (position + 8 + length));
			}
			position = (int) next;
		}
		return new UploadInspection(markup || holdsMarkup(upload, position, upload.length), false, animated);
	}

	/** A GIF ends with its trailer, 0x3B; some tools pad it with a few zeros. */
	private static boolean gifEnds(byte[] upload) {
		int last = upload.length - 1;
		while (last > 0 && upload[last] == 0) {
			last--;
		}
		return upload[last] == 0x3B;
	}

	/** WebP is RIFF: its header says how long the file is. */
	private static boolean riffEnds(byte[] upload) {
		if (upload.length < 12) {
			return false;
		}
		long size = (upload[4] & 0xFFL) | ((upload[5] & 0xFFL) << 8) | ((upload[6] & 0xFFL) << 16)
				| ((upload[7] & 0xFFL) << 24);
		return upload.length >= size + 8;
	}

	private static boolean holdsMarkup(byte[] upload, int from, int to) {
		for (byte[] tag : MARKUP) {
			if (indexOf(upload, tag, from, to, true) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Where the tag is, in any case, between from and to; with a delimiter after it if asked. */
	private static int indexOf(byte[] bytes, byte[] tag, int from, int to, boolean delimited) {
		int last = Math.min(to, bytes.length) - tag.length - (delimited ? 1 : 0);
		for (int i = Math.max(0, from); i <= last; i++) {
			if (bytes[i] == '<' && matches(bytes, i, tag)
					&& (!delimited || isDelimiter(bytes[i + tag.length]))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean matches(byte[] bytes, int at, byte[] tag) {
		for (int j = 1; j < tag.length; j++) {
			int b = bytes[at + j];
			if (b >= 'A' && b <= 'Z') {
				b += 'a' - 'A';
			}
			if (b != tag[j]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDelimiter(byte b) {
		return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
