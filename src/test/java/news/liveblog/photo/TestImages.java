package news.liveblog.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The files the photo tests upload, made here (ImageIO writes JPEG, PNG and GIF; a bomb is a few header
 * bytes), or read from src/test/resources/photos where a phone's metadata, CMYK or WebP was needed
 * (make-fixtures.sh), and what the tests read back from the renditions.
 */
final class TestImages {

	private TestImages() {
	}

	/** 1600 x 1200 stored sideways with EXIF orientation 6, GPS, XMP, IPTC, ICC, a comment, a thumbnail. */
	static byte[] phonePhoto() {
		return fixture("phone.jpg");
	}

	/** Printing red, in CMYK with Adobe's marker. */
	static byte[] cmykJpeg() {
		return fixture("cmyk.jpg");
	}

	/** 640 x 480, orange. */
	static byte[] webp() {
		return fixture("photo.webp");
	}

	static byte[] fixture(String name) {
		try (InputStream in = TestImages.class.getResourceAsStream("/photos/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An opaque photo of that size and colour, with some noise so that no two are the same file. */
	static byte[] jpeg(int width, int height, Color color) {
		return write(filled(width, height, BufferedImage.TYPE_INT_RGB, color), "jpeg");
	}

	static BufferedImage filled(int width, int height, int type, Color color) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, width, height);
		g.dispose();
		Random random = new Random();
		// A few stray pixels: each call is a new file, with a key of its own.
		for (int i = 0; i < 8; i++) {
			image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt() | 0xFF000000);
		}
		return image;
	}

	static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("no writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A PNG with a transparent left half. */
	static byte[] transparentPng(int width, int height) {
		BufferedImage image = filled(width, height, BufferedImage.TYPE_INT_ARGB, new Color(20, 160, 40));
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width / 2; x++) {
				image.setRGB(x, y, 0x00000000);
			}
		}
		return write(image, "png");
	}

	/** 16 bits per channel, RGB: a mid-blue (0x2000, 0x6000, 0xE000), 600 x 400. */
	static byte[] sixteenBitPng() {
		ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
				Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
		WritableRaster raster = model.createCompatibleWritableRaster(600, 400);
		int[] pixel = { 0x2000, 0x6000, 0xE000 };
		for (int y = 0; y < 400; y++) {
			for (int x = 0; x < 600; x++) {
				raster.setPixel(x, y, pixel);
			}
		}
		return write(new BufferedImage(model, raster, false, null), "png");
	}

	/** 16-bit grey at half its range: as encoded, a mid grey (about 128 in 8 bits). */
	static byte[] sixteenBitGreyPng() {
		BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_USHORT_GRAY);
		WritableRaster raster = image.getRaster();
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 500; x++) {
				raster.setSample(x, y, 0, 0x8000);
			}
		}
		return write(image, "png");
	}

	static byte[] greyJpeg() {
		return write(filled(700, 500, BufferedImage.TYPE_BYTE_GRAY, new Color(90, 90, 90)), "jpeg");
	}

	static byte[] stillGif() {
		return write(filled(300, 200, BufferedImage.TYPE_BYTE_INDEXED, Color.YELLOW), "gif");
	}

	/** Three frames, looping, as ImageIO's GIF writer makes a sequence. */
	static byte[] animatedGif() {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (Color color : List.of(Color.RED, Color.GREEN, Color.BLUE)) {
				BufferedImage frame = filled(120, 80, BufferedImage.TYPE_BYTE_INDEXED, color);
				IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
						null);
				IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(metadata.getNativeMetadataFormatName());
				IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
				control.setAttribute("disposalMethod", "none");
				control.setAttribute("userInputFlag", "FALSE");
				control.setAttribute("transparentColorFlag", "FALSE");
				control.setAttribute("delayTime", "20");
				control.setAttribute("transparentColorIndex", "0");
				root.appendChild(control);
				metadata.setFromTree(metadata.getNativeMetadataFormatName(), root);
				writer.writeToSequence(new IIOImage(frame, null, metadata), null);
			}
			writer.endWriteSequence();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A JPEG with a comment segment (COM) right after its start, holding that text. */
	static byte[] jpegWithComment(String comment) {
		return insertSegment(jpeg(400, 300, Color.ORANGE), 0xFE, comment.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * A JPEG with an EXIF segment (APP1) holding that orientation, right after its start, as a camera writes it:
	 * the TIFF header, then one directory with the one entry.
	 */
	static byte[] jpegWithOrientation(BufferedImage image, int orientation) {
		byte[] jpeg = write(image, "jpeg");
		ByteBuffer exif = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
		exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		exif.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		exif.putShort((short) 1);
		exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		exif.putInt(0);
		return insertSegment(jpeg, 0xE1, exif.array());
	}

	/**
	 * A mid grey (128 in each channel) tagged with Java's linear-light RGB profile in an APP2 ICC_PROFILE segment:
	 * in sRGB that light is about 188, which a reader that ignored the profile would show as 128.
	 */
	static byte[] jpegTaggedLinearRgb() {
		byte[] profile = java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
		byte[] name = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
		ByteBuffer segment = ByteBuffer.allocate(name.length + 2 + profile.length);
		segment.put(name).put((byte) 1).put((byte) 1).put(profile);
		return insertSegment(jpeg(500, 400, new Color(128, 128, 128)), 0xE2, segment.array());
	}

	/** A segment inserted right after the JPEG's start marker. */
	static byte[] insertSegment(byte[] jpeg, int marker, byte[] data) {
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + data.length);
		out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2)).put(data);
		out.put(jpeg, 2, jpeg.length - 2);
		return out.array();
	}

	/** A PNG with a chunk of that type and data inserted right after its header chunk (IHDR). */
	static byte[] pngWithChunk(byte[] png, String type, byte[] data) {
		int afterHeader = 8 + 12 + 13;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterHeader);
		chunk(out, type, data);
		out.write(png, afterHeader, png.length - afterHeader);
		return out.toByteArray();
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** A PNG that declares that size: its header, and a few bytes of compressed nothing. */
	static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** A baseline JPEG's first segments, declaring that size, then no more than a few bytes of data. */
	static byte[] jpegDeclaring(int width, int height) {
		return declaring(jpeg(16, 16, Color.GRAY), 0xC0, width, height);
	}

	/** A progressive JPEG (SOF2) declaring that size, then the few scans of a 16 x 16 one. */
	static byte[] progressiveJpegDeclaring(int width, int height) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
			param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(filled(16, 16, BufferedImage.TYPE_INT_RGB, Color.GRAY), null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return declaring(bytes.toByteArray(), 0xC2, width, height);
	}

	private static byte[] declaring(byte[] jpeg, int frameMarker, int width, int height) {
		// The frame header (FF Cn, length, precision, then height and width) of a real file, resized.
		for (int i = 2; i < jpeg.length - 9; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == frameMarker) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("no frame header FF " + Integer.toHexString(frameMarker) + " in ImageIO's JPEG");
	}

	/**
	 * A lossless WebP (VP8L) of that size in 30 bytes: no transform, and a prefix code of a single symbol for
	 * each channel, so that no pixel takes a bit (PIL decodes it; TwelveMonkeys refuses it even at 800 x 600,
	 * so only its header is what the tests rely on). A decoder that allocates what it declares is bombed.
	 */
	static byte[] losslessWebpDeclaring(int width, int height) {
		BitWriter bits = new BitWriter();
		bits.put(width - 1, 14).put(height - 1, 14).put(0, 1).put(0, 3);
		// No transform, no colour cache, no meta prefix codes.
		bits.put(0, 1).put(0, 1).put(0, 1);
		// Green, red, blue, alpha, distance: each a "simple" code of one symbol (opaque black).
		for (int symbol : new int[] { 0, 0, 0, 255, 0 }) {
			bits.put(1, 1).put(0, 1);
			if (symbol < 2) {
				bits.put(0, 1).put(symbol, 1);
			}
			else {
				bits.put(1, 1).put(symbol, 8);
			}
		}
		byte[] stream = bits.bytes();
		byte[] data = new byte[1 + stream.length];
		data[0] = 0x2F;
		System.arraycopy(stream, 0, data, 1, stream.length);
		int padded = data.length + (data.length % 2);
		ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
		riff.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return riff.array();
	}

	/** Bits least significant first, as VP8L reads them. */
	private static final class BitWriter {

		private final List<Integer> bits = new ArrayList<>();

		BitWriter put(int value, int count) {
			for (int i = 0; i < count; i++) {
				this.bits.add((value >> i) & 1);
			}
			return this;
		}

		byte[] bytes() {
			byte[] bytes = new byte[(this.bits.size() + 7) / 8];
			for (int i = 0; i < this.bits.size(); i++) {
				bytes[i / 8] |= (byte) (this.bits.get(i) << (i % 8));
			}
			return bytes;
		}

	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalStateException("not an image");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The markers of a JPEG's segments, from its start to its first scan (SOS included). */
	static List<Integer> jpegMarkers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
			int marker = jpeg[position + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			position += 2 + (((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF));
		}
		return markers;
	}

	/** The types of a PNG's chunks, in order. */
	static List<String> pngChunks(byte[] png) {
		List<String> chunks = new ArrayList<>();
		int position = 8;
		while (position + 8 <= png.length) {
			int length = ByteBuffer.wrap(png, position, 4).getInt();
			chunks.add(new String(png, position + 4, 4, StandardCharsets.US_ASCII));
			position += 12 + length;
		}
		return chunks;
	}

	static boolean contains(byte[] bytes, String text) {
		byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = 0; i <= bytes.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
