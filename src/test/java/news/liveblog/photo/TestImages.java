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
		byte[] jpeg = jpeg(400, 300, Color.ORANGE);
		byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + text.length);
		out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (text.length + 2)).put(text);
		out.put(jpeg, 2, jpeg.length - 2);
		return out.array();
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
		byte[] small = jpeg(16, 16, Color.GRAY);
		// The frame header (SOF0: FF C0, length, precision, then height and width) of a real file, resized.
		for (int i = 2; i < small.length - 9; i++) {
			if ((small[i] & 0xFF) == 0xFF && (small[i + 1] & 0xFF) == 0xC0) {
				small[i + 5] = (byte) (height >> 8);
				small[i + 6] = (byte) height;
				small[i + 7] = (byte) (width >> 8);
				small[i + 8] = (byte) width;
				return small;
			}
		}
		throw new IllegalStateException("no SOF0 in ImageIO's JPEG");
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
