import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * A build step (pom.xml, phase process-classes): beside each text asset of the built static folder, FILE.gz (gzip
 * at its best compression) and FILE.br (Brotli at its best quality), which Spring's EncodedResourceResolver serves
 * to browsers that ask for them (spring.web.resources.chain.compressed). Compressing once here, at the highest
 * levels, costs the server nothing per request, where compressing per response (Jetty's handler) cost the hot path
 * a sixth of its throughput. A variant no smaller than its file is not kept: that file is served as it is. Silent
 * unless it fails; a variant newer than its file is left as it is.
 *   java -cp BROTLI4J PrecompressStaticAssets.java target/classes/static
 */
public class PrecompressStaticAssets {

	/** What compresses: text. Images and fonts of the formats a site uses are compressed already. */
	private static final Set<String> TEXT = Set.of("css", "js", "mjs", "svg", "json", "map", "txt", "html", "xml",
			"webmanifest");

	private record Variant(String extension, Compressor compressor) {
	}

	private interface Compressor {

		byte[] compress(byte[] bytes) throws IOException;

	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		if (!Files.isDirectory(folder)) {
			return;
		}
		Brotli4jLoader.ensureAvailability();
		List<Variant> variants = List.of(new Variant(".gz", PrecompressStaticAssets::gzip),
				new Variant(".br", PrecompressStaticAssets::brotli));
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).filter(PrecompressStaticAssets::isText).toList()) {
				for (Variant variant : variants) {
					write(file, file.resolveSibling(file.getFileName() + variant.extension()), variant.compressor());
				}
			}
		}
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && TEXT.contains(name.substring(dot + 1));
	}

	private static void write(Path file, Path variant, Compressor compressor) throws IOException {
		FileTime modified = Files.getLastModifiedTime(file);
		if (Files.exists(variant) && Files.getLastModifiedTime(variant).compareTo(modified) >= 0) {
			return;
		}
		byte[] plain = Files.readAllBytes(file);
		byte[] compressed = compressor.compress(plain);
		if (compressed.length >= plain.length) {
			Files.deleteIfExists(variant);
			return;
		}
		Files.write(variant, compressed);
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] brotli(byte[] bytes) throws IOException {
		return Encoder.compress(bytes, new Encoder.Parameters().setQuality(11).setMode(Encoder.Mode.TEXT));
	}

}
