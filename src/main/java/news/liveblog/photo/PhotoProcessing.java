package news.liveblog.photo;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import news.liveblog.photo.PhotoRefusedException.Reason;

import org.springframework.stereotype.Component;

/**
 * Turns an upload into renditions made from its pixels alone: whatever else the file held (EXIF with the
 * GPS position, XMP, IPTC, maker notes, comments, colour profiles, anything after the image) is never
 * copied, since each rendition is encoded anew from a decoded image with no metadata given to the writer.
 * <p>
 * The libraries do the reading (TwelveMonkeys ImageIO: JPEG with CMYK/YCCK and ICC profiles, WebP, EXIF;
 * the JDK: PNG, GIF) and the resampling (Thumbnailator). What is here is the order of the checks: the type
 * from the bytes, the declared size before any pixel is decoded, the file's own end, then the pixels.
 */
@Component
class PhotoProcessing {

	/**
	 * What a newsroom's cameras and phones make (a 45-megapixel body is the largest in common use; phones' 50-megapixel
	 * mode writes 8,160 x 6,144, 50.1 million): a file that declares more is a decompression bomb, a poster scan or a
	 * phone's 108- or 200-megapixel mode, and is refused with a request for a smaller version. A 100-megapixel
	 * progressive JPEG of 587 KB took 9.5 s of CPU and 347 MB of heap.
	 */
	static final long MAX_PIXELS = 52_000_000L;

	/**
	 * A progressive JPEG is decoded whole (every coefficient kept until the last scan) whatever the subsampling:
	 * its own limit, so that raising the general one does not raise it.
	 */
	static final long MAX_PROGRESSIVE_JPEG_PIXELS = 52_000_000L;

	/**
	 * Lossless WebP (TwelveMonkeys' VP8L decoder) allocates width x height x 4 bytes whatever the subsampling:
	 * a 30-byte file declaring 10,000 x 10,000 took 453 MB and 5 s. No camera writes WebP, so its limit is low.
	 */
	static final long MAX_WEBP_PIXELS = 24_000_000L;

	static final int MAX_SIDE = 30_000;

	static final float JPEG_QUALITY = 0.82f;

	/** What is decoded at most once subsampled (about 100 MB as RGB integers), whatever the shape. */
	private static final long MAX_DECODED_PIXELS = 24_000_000L;

	private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "webp");

	private static final Set<String> ANIMATED_FORMATS = Set.of("gif", "webp");

	PhotoProcessing() {
		// Found once, with the application's class loader (in the packaged jar the plugins are inside it), and
		// never cached on disk: an upload is only ever in memory.
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	ProcessedPhoto process(byte[] upload) {
		if (UploadInspection.looksLikeSvg(upload)) {
			throw new PhotoRefusedException(Reason.SVG, "SVG document");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			ImageReader reader = readerFor(input);
			try {
				return process(upload, input, reader);
			}
			finally {
				reader.dispose();
			}
		}
		catch (PhotoRefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// A decoder that stumbles on the bytes (an IIOException, or one of the runtime exceptions corrupt
			// data provokes in them): the file is damaged, or did not arrive whole.
			throw new PhotoRefusedException(Reason.INCOMPLETE, "unreadable: " + ex, ex);
		}
	}

	private ProcessedPhoto process(byte[] upload, ImageInputStream input, ImageReader reader) throws IOException {
		String format = formatOf(reader);
		UploadInspection inspection = UploadInspection.of(upload, format);
		if (inspection.holdsMarkup()) {
			throw new PhotoRefusedException(Reason.MARKUP, "markup in a " + format);
		}
		if (!inspection.endsProperly()) {
			throw new PhotoRefusedException(Reason.INCOMPLETE, "no end of the " + format);
		}
		if (inspection.animated()) {
			throw new PhotoRefusedException(Reason.ANIMATED, "animated " + format);
		}
		reader.setInput(input, false, true);
		// The header alone: nothing decoded yet.
		int rawWidth = reader.getWidth(0);
		int rawHeight = reader.getHeight(0);
		long maxPixels = maxPixels(format, inspection);
		if (rawWidth <= 0 || rawHeight <= 0 || rawWidth > MAX_SIDE || rawHeight > MAX_SIDE
				|| (long) rawWidth * rawHeight > maxPixels) {
			throw PhotoRefusedException.tooManyPixels(rawWidth + "x" + rawHeight + " " + format, maxPixels);
		}
		// Frames are counted in the formats that animate. A JPEG may carry more images after its own (a phone's
		// depth map or HDR gain map, under MPF): they are no animation, and only the first is the photo.
		if (ANIMATED_FORMATS.contains(format) && reader.getNumImages(true) > 1) {
			throw new PhotoRefusedException(Reason.ANIMATED, "several frames in a " + format);
		}
		Orientation orientation = "jpeg".equals(format) ? exifOrientation(upload) : Orientation.TOP_LEFT;
		boolean turned = swapsSides(orientation);

		// Decoded smaller already when the photo is much larger than the largest rendition: every n-th pixel of
		// every n-th row, so the heap holds a little more than what the renditions are made from.
		int uprightWidth = turned ? rawHeight : rawWidth;
		int subsampling = Math.max(1, uprightWidth / StoredPhoto.LARGEST_WIDTH);
		while ((long) (rawWidth / subsampling) * (rawHeight / subsampling) > MAX_DECODED_PIXELS) {
			subsampling++;
		}
		ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(subsampling, subsampling, 0, 0);
		ReadWarnings warnings = new ReadWarnings();
		reader.addIIOReadWarningListener(warnings);
		BufferedImage decoded = reader.read(0, param);
		if (warnings.endedEarly()) {
			// The JPEG reader "succeeds" on a file cut short, filling the rest with grey, and says so only here.
			throw new PhotoRefusedException(Reason.INCOMPLETE, "read warning: " + warnings);
		}

		BufferedImage pixels = toStandardRgb(decoded);
		decoded = null;
		boolean transparent = hasTransparentPixel(pixels);
		if (!transparent && pixels.getType() != BufferedImage.TYPE_INT_RGB) {
			pixels = opaque(pixels);
		}
		int imageType = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		String type = transparent ? "image/png" : "image/jpeg";

		int decodedUprightWidth = turned ? pixels.getHeight() : pixels.getWidth();
		int decodedUprightHeight = turned ? pixels.getWidth() : pixels.getHeight();
		int width = Math.min(decodedUprightWidth, StoredPhoto.LARGEST_WIDTH);
		int height = StoredPhoto.heightAt(decodedUprightWidth, decodedUprightHeight, width);

		// The largest rendition is resized before it is turned upright (turning a large image costs a copy of
		// it), the others from the largest.
		BufferedImage largest = Thumbnails.of(pixels)
			.forceSize(turned ? height : width, turned ? width : height)
			.imageType(imageType)
			.asBufferedImage();
		pixels = null;
		if (orientation != Orientation.TOP_LEFT) {
			largest = ExifFilterUtils.getFilterForOrientation(orientation).apply(largest);
		}
		List<Rendition> renditions = new ArrayList<>();
		for (int renditionWidth : StoredPhoto.renditionWidths(width)) {
			int renditionHeight = StoredPhoto.heightAt(width, height, renditionWidth);
			BufferedImage image = (renditionWidth == width) ? largest
					: Thumbnails.of(largest).forceSize(renditionWidth, renditionHeight).imageType(imageType).asBufferedImage();
			renditions.add(new Rendition(renditionWidth, renditionHeight, encode(image, transparent)));
		}
		return new ProcessedPhoto(width, height, type, List.copyOf(renditions));
	}

	private static long maxPixels(String format, UploadInspection inspection) {
		if ("webp".equals(format)) {
			return MAX_WEBP_PIXELS;
		}
		if ("jpeg".equals(format) && inspection.progressive()) {
			return Math.min(MAX_PIXELS, MAX_PROGRESSIVE_JPEG_PIXELS);
		}
		return MAX_PIXELS;
	}

	/** The reader that knows the bytes, among the formats taken: never what the file's name or type said. */
	private static ImageReader readerFor(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (FORMATS.contains(formatOf(reader))) {
				return reader;
			}
		}
		throw new PhotoRefusedException(Reason.NOT_AN_IMAGE, "no reader for the bytes");
	}

	private static String formatOf(ImageReader reader) {
		return reader.getOriginatingProvider().getFormatNames()[0].toLowerCase(Locale.ROOT);
	}

	/**
	 * The EXIF orientation of a JPEG (TwelveMonkeys reads the APP1 segment and its TIFF structure), upright
	 * when there is none or it cannot be read: the photo is then served as stored.
	 */
	private static Orientation exifOrientation(byte[] upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			for (JPEGSegment segment : JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif")) {
				byte[] exif = segment.data().readAllBytes();
				// The segment's data comes after "Exif\0": the pad byte, then the TIFF structure ("MM" or "II").
				int tiff = (exif.length > 0 && exif[0] == 0) ? 1 : 0;
				try (ImageInputStream structure = ImageIO
					.createImageInputStream(new ByteArrayInputStream(exif, tiff, exif.length - tiff))) {
					Directory directory = new TIFFReader().read(structure);
					Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
					if (entry != null && entry.getValue() instanceof Number value) {
						Orientation orientation = Orientation.typeOf(value.intValue());
						return (orientation != null) ? orientation : Orientation.TOP_LEFT;
					}
				}
			}
			return Orientation.TOP_LEFT;
		}
		catch (IOException | RuntimeException ex) {
			return Orientation.TOP_LEFT;
		}
	}

	private static boolean swapsSides(Orientation orientation) {
		return switch (orientation) {
			case LEFT_TOP, RIGHT_TOP, RIGHT_BOTTOM, LEFT_BOTTOM -> true;
			default -> false;
		};
	}

	/**
	 * 8 bits per channel in sRGB, with alpha if the image has an alpha channel. Readers give images in their
	 * own colour space when the file had a profile (Display P3, Adobe RGB, CMYK turned RGB by TwelveMonkeys):
	 * converted by Java's colour management. Greyscale is taken as it is encoded (as browsers show a grey
	 * JPEG or PNG without a profile), not as the linear grey Java labels 16-bit grey with.
	 */
	private static BufferedImage toStandardRgb(BufferedImage image) {
		ColorSpace space = image.getColorModel().getColorSpace();
		boolean alpha = image.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		if (space.getType() == ColorSpace.TYPE_GRAY && image.getColorModel() instanceof ComponentColorModel
				&& image.getRaster().getNumBands() <= 2) {
			return fromGrey(image, alpha);
		}
		if (space.isCS_sRGB()) {
			if (image.getType() == type || image.getType() == BufferedImage.TYPE_3BYTE_BGR && !alpha) {
				return image;
			}
			BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
			copy.createGraphics().drawImage(image, 0, 0, null);
			return copy;
		}
		BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
		new ColorConvertOp(null).filter(image, converted);
		return converted;
	}

	private static BufferedImage fromGrey(BufferedImage image, boolean alpha) {
		Raster raster = image.getRaster();
		int greyMax = (1 << image.getColorModel().getComponentSize(0)) - 1;
		int alphaMax = alpha ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		int[] grey = new int[image.getWidth()];
		int[] alphas = new int[image.getWidth()];
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			raster.getSamples(0, y, image.getWidth(), 1, 0, grey);
			if (alpha) {
				raster.getSamples(0, y, image.getWidth(), 1, 1, alphas);
			}
			for (int x = 0; x < row.length; x++) {
				int g = (grey[x] * 255 + greyMax / 2) / greyMax;
				int a = alpha ? (alphas[x] * 255 + alphaMax / 2) / alphaMax : 255;
				row[x] = (a << 24) | (g << 16) | (g << 8) | g;
			}
			rgb.setRGB(0, y, row.length, 1, row, 0, row.length);
		}
		return rgb;
	}

	private static boolean hasTransparentPixel(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		WritableRaster alpha = image.getAlphaRaster();
		int[] row = new int[image.getWidth()];
		int opaque = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
		for (int y = 0; y < image.getHeight(); y++) {
			alpha.getSamples(0, y, image.getWidth(), 1, 0, row);
			for (int value : row) {
				if (value != opaque) {
					return true;
				}
			}
		}
		return false;
	}

	private static BufferedImage opaque(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.createGraphics().drawImage(image, 0, 0, null);
		return rgb;
	}

	/** Pixels only: the writers are given no metadata, so they write none (a JPEG gets its bare JFIF header). */
	private static byte[] encode(BufferedImage image, boolean png) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (!png) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("encoding in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** What a reader said while it read: a decoder that carried on after the data ended says so here. */
	private static final class ReadWarnings implements javax.imageio.event.IIOReadWarningListener {

		private final List<String> warnings = new ArrayList<>();

		@Override
		public void warningOccurred(ImageReader source, String warning) {
			this.warnings.add(warning);
		}

		/**
		 * Whether the data ended before the image did ("Premature end of JPEG file"). Other warnings (a few
		 * extraneous bytes between markers, which some cameras write) leave a whole image and are no refusal.
		 */
		boolean endedEarly() {
			return this.warnings.stream()
				.map((warning) -> warning.toLowerCase(Locale.ROOT))
				.anyMatch((warning) -> warning.contains("premature") || warning.contains("truncat")
						|| warning.contains("end of file") || warning.contains("eof"));
		}

		@Override
		public String toString() {
			return this.warnings.toString();
		}

	}

}
