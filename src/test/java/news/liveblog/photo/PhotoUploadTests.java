package news.liveblog.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A reporter's photo goes in as the phone made it and comes out upright, sized for each screen and without a
 * byte of its metadata; hostile and broken files are refused with the sentence the editor reads, a 4xx and
 * nothing stored; odd but honest photos (CMYK, 16-bit, grey, transparent, WebP, a still GIF) come out as
 * ordinary 8-bit sRGB renditions.
 */
@ApplicationTest
class PhotoUploadTests {

	/** What a served rendition must never hold, anywhere in its bytes. */
	private static final List<String> METADATA = List.of("Exif", "GPS", "xmpmeta", "Photoshop 3.0", "ICC_PROFILE",
			"PhoneMaker", "Field Reporter", "Kyiv", "reporter's position");

	/** JPEG segments that carry metadata: APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC), COM. */
	private static final List<Integer> METADATA_SEGMENTS = List.of(0xE1, 0xE2, 0xED, 0xFE);

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private PhotoUploads uploads;

	@Test
	void aPhonePhotoComesOutUprightAtEveryWidthWithoutAnyMetadata() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.phonePhoto(), "image/jpeg");

		// Stored 1600 x 1200 sideways with orientation 6: upright it is 1200 x 1600.
		assertThat(photo).extracting(StoredPhoto::width, StoredPhoto::height, StoredPhoto::type)
			.containsExactly(1200, 1600, "image/jpeg");
		assertThat(photo.srcset()).isEqualTo("/media/%1$s/480 480w, /media/%1$s/960 960w, /media/%1$s/1200 1200w"
			.formatted(photo.key()));
		for (int width : photo.renditionWidths()) {
			byte[] served = this.uploads.rendition(photo.key(), width);
			BufferedImage image = TestImages.decode(served);
			assertThat(image.getWidth()).as("width of " + width).isEqualTo(width);
			assertThat(image.getHeight()).as("height at " + width).isEqualTo(photo.heightAt(width));
			// Upright: red on top, blue below, the green corner top left (neither turned the other way nor mirrored).
			rgb(image, width / 2, image.getHeight() / 4).as("top at " + width).isCloseTo(220, 20, 20);
			rgb(image, width / 2, image.getHeight() * 3 / 4).as("bottom at " + width).isCloseTo(20, 20, 220);
			rgb(image, width / 20, image.getHeight() / 40).as("top left at " + width).isCloseTo(20, 200, 20);
			rgb(image, width - width / 20, image.getHeight() / 40).as("top right at " + width)
				.isCloseTo(220, 20, 20);
			assertThat(TestImages.jpegMarkers(served)).as("segments at " + width)
				.doesNotContainAnyElementsOf(METADATA_SEGMENTS);
			for (String text : METADATA) {
				assertThat(TestImages.contains(served, text)).as(text + " at " + width).isFalse();
			}
		}
	}

	@Test
	void theSameFileUploadedAgainIsTheSamePhotoProcessedOnce() {
		byte[] file = TestImages.jpeg(800, 600, Color.CYAN);
		StoredPhoto first = this.uploads.uploaded(file, "image/jpeg");
		String stored = this.uploads.storedCounts();

		StoredPhoto again = this.uploads.uploaded(file, "image/jpeg");

		assertThat(again).isEqualTo(first);
		// Named by what is served, never by the original: holding the file proves nothing about the address.
		assertThat(first.key()).isEqualTo(Photos.sha256(this.uploads.rendition(first.key(), first.width())))
			.isNotEqualTo(Photos.sha256(file))
			.hasSize(64);
		assertThat(this.uploads.storedCounts()).isEqualTo(stored);
	}

	@Test
	void aContributorUploadsToo() {
		MvcTestResult result = this.uploads.upload(TestImages.jpeg(500, 400, Color.PINK), "image/jpeg",
				this.backOffice.as(DemoAccounts.REPORTER), "en");

		assertThat(result).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void aSmallPhotoKeepsItsOwnWidthAndALargeOneStopsAt2048() {
		StoredPhoto small = this.uploads.uploaded(TestImages.jpeg(300, 200, Color.GREEN), "image/jpeg");
		StoredPhoto large = this.uploads.uploaded(TestImages.jpeg(5000, 2500, Color.MAGENTA), "image/jpeg");

		assertThat(small.renditionWidths()).containsExactly(300);
		assertThat(large.renditionWidths()).containsExactly(480, 960, 1440, 2048);
		assertThat(large.height()).isEqualTo(1024);
		assertThat(TestImages.decode(this.uploads.rendition(large.key(), 2048)).getHeight()).isEqualTo(1024);
	}

	static Stream<Arguments> refusedFiles() {
		byte[] jpeg = TestImages.jpeg(640, 480, Color.BLUE);
		return Stream.of(
				arguments("an HTML page named .jpg", "<!doctype html><html><body><script>alert(1)</script></body></html>"
					.getBytes(StandardCharsets.UTF_8), 415, "This file is not an image, whatever its name says"),
				arguments("a PDF", "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII),
						415, "This file is not an image"),
				arguments("a text", "Just some notes from the summit.".getBytes(StandardCharsets.UTF_8), 415,
						"This file is not an image"),
				arguments("a program renamed .jpg", TestImages.concat("MZ\u0090\u0000\u0003\u0000\u0000\u0000"
					.getBytes(StandardCharsets.ISO_8859_1), new byte[2048]), 415, "This file is not an image"),
				arguments("an empty file", new byte[0], 422, "This file is empty: send the photo again, or another one."),
				arguments("an SVG", """
						<?xml version="1.0"?>
						<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle r="40"/></svg>
						""".getBytes(StandardCharsets.UTF_8), 415, "SVG drawings are not accepted"),
				arguments("an animated GIF", TestImages.animatedGif(), 422, "Only still images are accepted"),
				arguments("a JPEG cut short", Arrays.copyOf(jpeg, jpeg.length * 2 / 3), 422,
						"This file is incomplete or damaged: save or export it again, then add it."),
				arguments("a PNG cut short", cut(TestImages.transparentPng(400, 300)), 422, "incomplete or damaged"),
				arguments("a JPEG of garbage", TestImages.concat(Arrays.copyOf(jpeg, 200), noise(20_000)), 422,
						"incomplete or damaged"),
				arguments("a JPEG with a script in its comment",
						TestImages.jpegWithComment("<SCRIPT>fetch('//evil.example')</SCRIPT>"), 422,
						"holds web page code"),
				arguments("a JPEG with a page after its end",
						TestImages.concat(jpeg, "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)), 422,
						"holds web page code"),
				arguments("a JPEG with PHP in its comment", TestImages.jpegWithComment("<?php system($_GET['c']); ?>"),
						422, "holds web page code"),
				arguments("a PNG with an iframe in a text chunk",
						TestImages.pngWithChunk(TestImages.transparentPng(200, 100), "tEXt",
								"Comment\0<IFRAME src=//evil.example>".getBytes(StandardCharsets.ISO_8859_1)),
						422, "holds web page code"),
				arguments("an animated PNG", TestImages.pngWithChunk(TestImages.transparentPng(200, 100), "acTL",
						new byte[] { 0, 0, 0, 2, 0, 0, 0, 0 }), 422, "Only still images are accepted"),
				arguments("a PNG declaring 50,000 x 50,000 pixels", TestImages.pngDeclaring(50_000, 50_000), 422,
						"declares more pixels than this site takes (52 megapixels at most"),
				arguments("a PNG declaring 40,000 x 100 pixels", TestImages.pngDeclaring(40_000, 100), 422,
						"declares more pixels"),
				arguments("a JPEG declaring 65,000 x 65,000 pixels", TestImages.jpegDeclaring(65_000, 65_000), 422,
						"declares more pixels"));
	}

	/**
	 * Stored with red, green, blue and white quarters (top left, top right, bottom left, bottom right) and each
	 * EXIF orientation: upright, the quarters are where the orientation's turn and mirror put them.
	 */
	static Stream<Arguments> orientations() {
		// Corners once upright: top left, top right, bottom left, bottom right.
		return Stream.of(arguments(1, List.of(RED, GREEN, BLUE, WHITE), false),
				arguments(2, List.of(GREEN, RED, WHITE, BLUE), false), arguments(3, List.of(WHITE, BLUE, GREEN, RED), false),
				arguments(4, List.of(BLUE, WHITE, RED, GREEN), false), arguments(5, List.of(RED, BLUE, GREEN, WHITE), true),
				arguments(6, List.of(BLUE, RED, WHITE, GREEN), true), arguments(7, List.of(WHITE, GREEN, BLUE, RED), true),
				arguments(8, List.of(GREEN, WHITE, RED, BLUE), true));
	}

	private static final Rgb RED = new Rgb(230, 20, 20);

	private static final Rgb GREEN = new Rgb(20, 200, 20);

	private static final Rgb BLUE = new Rgb(20, 20, 230);

	private static final Rgb WHITE = new Rgb(250, 250, 250);

	@ParameterizedTest(name = "orientation {0}")
	@MethodSource("orientations")
	void everyExifOrientationIsTurnedUpright(int orientation, List<Rgb> corners, boolean turned) {
		BufferedImage stored = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = stored.createGraphics();
		int[][] quarters = { { 0, 0 }, { 300, 0 }, { 0, 150 }, { 300, 150 } };
		List<Rgb> colours = List.of(RED, GREEN, BLUE, WHITE);
		for (int i = 0; i < 4; i++) {
			g.setColor(new Color(colours.get(i).red(), colours.get(i).green(), colours.get(i).blue()));
			g.fillRect(quarters[i][0], quarters[i][1], 300, 150);
		}
		g.dispose();

		StoredPhoto photo = this.uploads.uploaded(TestImages.jpegWithOrientation(stored, orientation), "image/jpeg");

		assertThat(photo).extracting(StoredPhoto::width, StoredPhoto::height)
			.containsExactly(turned ? 300 : 600, turned ? 600 : 300);
		BufferedImage upright = TestImages.decode(this.uploads.rendition(photo.key(), photo.width()));
		int w = upright.getWidth();
		int h = upright.getHeight();
		int[][] probes = { { w / 8, h / 8 }, { w * 7 / 8, h / 8 }, { w / 8, h * 7 / 8 }, { w * 7 / 8, h * 7 / 8 } };
		for (int i = 0; i < 4; i++) {
			Rgb expected = corners.get(i);
			rgb(upright, probes[i][0], probes[i][1]).as("corner " + i)
				.isCloseTo(expected.red(), expected.green(), expected.blue());
		}
	}

	@Test
	void aJpegCarryingASecondImageAfterItsOwnIsTakenAsItsFirst() {
		// As a phone appends a depth map or an HDR gain map (MPF): the photo is the first image.
		byte[] photo = TestImages.jpeg(800, 600, Color.RED);
		byte[] gainMap = TestImages.jpeg(400, 300, Color.GRAY);

		StoredPhoto stored = this.uploads.uploaded(TestImages.concat(photo, gainMap), "image/jpeg");

		assertThat(stored).extracting(StoredPhoto::width, StoredPhoto::height).containsExactly(800, 600);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void aHostileOrBrokenFileIsRefusedWithItsReasonAndNothingIsStored(String what, byte[] file, int status,
			String message) {
		String before = this.uploads.storedCounts();

		MvcTestResult result = this.uploads.upload(file, "image/jpeg");

		assertThat(result.getResponse().getStatus()).as(what).isEqualTo(status);
		assertThat((String) PhotoUploads.read(result, "message")).as(what).contains(message);
		assertThat(this.uploads.storedCounts()).as(what + ": nothing stored").isEqualTo(before);
	}

	/**
	 * Bombs that pass a plain size check with room to spare: decoded, each costs hundreds of megabytes and
	 * seconds (lossless WebP allocates what it declares, a progressive JPEG keeps every coefficient), so they
	 * are refused from their headers, at once.
	 */
	static Stream<Arguments> bombs() {
		return Stream.of(
				arguments("a 30-byte lossless WebP declaring 10,000 x 10,000", TestImages.losslessWebpDeclaring(10_000, 10_000),
						"24 megapixels at most"),
				arguments("a lossless WebP declaring 5,000 x 5,000", TestImages.losslessWebpDeclaring(5_000, 5_000),
						"24 megapixels at most"),
				arguments("a progressive JPEG declaring 8,000 x 7,000", TestImages.progressiveJpegDeclaring(8_000, 7_000),
						"52 megapixels at most"),
				arguments("a baseline JPEG declaring 10,000 x 10,000", TestImages.jpegDeclaring(10_000, 10_000),
						"52 megapixels at most"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bombs")
	void aDecompressionBombIsRefusedFromItsHeaderAtOnce(String what, byte[] file, String limit) {
		String before = this.uploads.storedCounts();

		MvcTestResult result = this.uploads.upload(file, "image/webp");

		assertThat(result.getResponse().getStatus()).as(what).isEqualTo(422);
		assertThat((String) PhotoUploads.read(result, "message")).as(what)
			// Said from the declared size, which is read before any pixel is decoded (PhotoProcessing): decoded, the
			// WebP took 5 s and the JPEG 9.5 s.
			.contains("declares more pixels than this site takes", limit, "decompression bomb");
		assertThat(this.uploads.storedCounts()).as(what + ": nothing stored").isEqualTo(before);
	}

	@Test
	void aPhonesFiftyMegapixelPhotoIsNoBomb() {
		// 8,160 x 6,144: 50.1 million pixels, what phones' 50-megapixel mode writes. Only its header here, so
		// it is refused further on, as a file with no pixels; not from its size.
		MvcTestResult result = this.uploads.upload(TestImages.jpegDeclaring(8_160, 6_144), "image/jpeg");

		assertThat((String) PhotoUploads.read(result, "message")).doesNotContain("declares more pixels");
	}

	@Test
	void theEditorReadsWhyInTheirLanguage() {
		MvcTestResult result = this.uploads.upload(TestImages.animatedGif(), "image/gif", this.backOffice.asEditor(),
				"fr");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat((String) PhotoUploads.read(result, "message")).startsWith("Seules les images fixes sont acceptées");
	}

	@Test
	void aFileOverTheLimitIsRefusedFromItsLengthWith413() {
		String before = this.uploads.storedCounts();

		MvcTestResult result = this.uploads.upload(new byte[25 * 1024 * 1024 + 1], "image/jpeg");

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat((String) PhotoUploads.read(result, "message")).isEqualTo("This file is over 25 MB: send a smaller photo.");
		assertThat(this.uploads.storedCounts()).isEqualTo(before);
	}

	@Test
	void xmpThatEveryPhoneWritesIsNoMarkup() {
		byte[] file = TestImages.jpegWithComment(
				"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description/></rdf:RDF></x:xmpmeta>");

		StoredPhoto photo = this.uploads.uploaded(file, "image/jpeg");

		assertThat(TestImages.contains(this.uploads.rendition(photo.key(), 400), "xmpmeta")).isFalse();
	}

	@Test
	void aCmykJpegComesOutAsSrgbRed() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.cmykJpeg(), "image/jpeg");

		BufferedImage image = TestImages.decode(this.uploads.rendition(photo.key(), 600));
		assertThat(image.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
		assertThat(image.getColorModel().getComponentSize(0)).isEqualTo(8);
		Rgb red = rgb(image, 300, 200);
		// Printing red on screen: strong red, little green and blue (the exact shade is the CMYK profile's).
		assertThat(red.red()).isGreaterThan(190);
		assertThat(red.green()).isLessThan(90);
		assertThat(red.blue()).isLessThan(90);
	}

	@Test
	void aColourProfileIsConvertedToSrgbAndNotKept() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.jpegTaggedLinearRgb(), "image/jpeg");

		byte[] served = this.uploads.rendition(photo.key(), 500);
		rgb(TestImages.decode(served), 250, 200).isCloseTo(188, 188, 188);
		assertThat(TestImages.jpegMarkers(served)).doesNotContain(0xE2);
	}

	@Test
	void aSixteenBitPngComesOutAsEightBitJpegOfTheSameColour() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.sixteenBitPng(), "image/png");

		assertThat(photo.type()).isEqualTo("image/jpeg");
		BufferedImage image = TestImages.decode(this.uploads.rendition(photo.key(), 600));
		assertThat(image.getColorModel().getComponentSize(0)).isEqualTo(8);
		rgb(image, 300, 200).isCloseTo(0x20, 0x60, 0xE0);
	}

	@Test
	void aSixteenBitGreyPngKeepsItsGrey() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.sixteenBitGreyPng(), "image/png");

		rgb(TestImages.decode(this.uploads.rendition(photo.key(), 500)), 250, 150).isCloseTo(128, 128, 128);
	}

	@Test
	void aGreyJpegStaysTheSameGrey() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.greyJpeg(), "image/jpeg");

		rgb(TestImages.decode(this.uploads.rendition(photo.key(), 700)), 350, 250).isCloseTo(90, 90, 90);
	}

	@Test
	void aTransparentPngStaysAPngWithItsTransparencyAndNoMetadataChunk() {
		StoredPhoto photo = this.uploads.uploaded(TestImages.transparentPng(1000, 500), "image/png");

		assertThat(photo.type()).isEqualTo("image/png");
		assertThat(photo.renditionWidths()).containsExactly(480, 960, 1000);
		for (int width : photo.renditionWidths()) {
			byte[] served = this.uploads.rendition(photo.key(), width);
			assertThat(TestImages.pngChunks(served)).as("chunks at " + width)
				.doesNotContain("tEXt", "zTXt", "iTXt", "tIME", "iCCP", "eXIf");
			BufferedImage image = TestImages.decode(served);
			assertThat(image.getHeight()).isEqualTo(photo.heightAt(width));
			assertThat(image.getRGB(width / 4, image.getHeight() / 2) >>> 24).as("left half").isZero();
			rgb(image, width * 3 / 4, image.getHeight() / 2).as("right half").isCloseTo(20, 160, 40);
		}
	}

	@Test
	void anOpaquePngBecomesAJpeg() {
		StoredPhoto photo = this.uploads.uploaded(
				TestImages.write(TestImages.filled(640, 480, BufferedImage.TYPE_INT_ARGB, Color.RED), "png"),
				"image/png");

		assertThat(photo.type()).isEqualTo("image/jpeg");
	}

	@Test
	void aWebpAndAStillGifAreTaken() {
		StoredPhoto webp = this.uploads.uploaded(TestImages.webp(), "image/webp");
		StoredPhoto gif = this.uploads.uploaded(TestImages.stillGif(), "image/gif");

		assertThat(webp).extracting(StoredPhoto::width, StoredPhoto::height).containsExactly(640, 480);
		rgb(TestImages.decode(this.uploads.rendition(webp.key(), 640)), 320, 240).isCloseTo(240, 140, 20);
		assertThat(gif).extracting(StoredPhoto::width, StoredPhoto::height).containsExactly(300, 200);
		rgb(TestImages.decode(this.uploads.rendition(gif.key(), 300)), 150, 100).isCloseTo(255, 255, 0);
	}

	private static byte[] cut(byte[] file) {
		return Arrays.copyOf(file, file.length - 30);
	}

	private static byte[] noise(int length) {
		byte[] noise = new byte[length];
		new java.util.Random(16).nextBytes(noise);
		return noise;
	}

	private static Rgb rgb(BufferedImage image, int x, int y) {
		int pixel = image.getRGB(x, y);
		return new Rgb((pixel >> 16) & 0xFF, (pixel >> 8) & 0xFF, pixel & 0xFF);
	}

	/** A pixel's colour, compared within what JPEG's compression changes. */
	record Rgb(int red, int green, int blue) {

		void isCloseTo(int expectedRed, int expectedGreen, int expectedBlue) {
			as("").isCloseTo(expectedRed, expectedGreen, expectedBlue);
		}

		Described as(String where) {
			return new Described(this, where);
		}

	}

	record Described(Rgb rgb, String where) {

		void isCloseTo(int expectedRed, int expectedGreen, int expectedBlue) {
			assertThat(Math.abs(this.rgb.red() - expectedRed) <= 24 && Math.abs(this.rgb.green() - expectedGreen) <= 24
					&& Math.abs(this.rgb.blue() - expectedBlue) <= 24)
				.as("%s: %s is close to (%d, %d, %d)", this.where, this.rgb, expectedRed, expectedGreen, expectedBlue)
				.isTrue();
		}

	}

}
