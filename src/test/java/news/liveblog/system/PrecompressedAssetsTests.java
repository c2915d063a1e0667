package news.liveblog.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.liveblog.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static assets are compressed once, at the build (src/build/java/PrecompressStaticAssets.java): a browser that asks
 * for Brotli or gzip gets those bytes, one that asks for neither gets the file, each answer saying it varies with
 * Accept-Encoding, and whatever the encoding the browser decodes the very file, under its content-hashed address
 * and cached for a year.
 */
@ServerTest
class PrecompressedAssetsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource({ "css/liveblog.css, br", "js/live.js, br", "css/liveblog.css, gzip", "js/live.js, gzip" })
	void aBrowserAskingForAnEncodingGetsTheFileCompressedAtTheBuild(String asset, String encoding) {
		HttpResponse<byte[]> response = get(asset, encoding);

		assertServed(response, asset);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue(encoding);
		assertThat(decoded(encoding, response.body())).isEqualTo(plain(asset));
		assertThat(response.body().length).isLessThan(plain(asset).length / 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "css/liveblog.css", "js/live.js" })
	void aBrowserAskingForNeitherGetsTheFileItself(String asset) {
		HttpResponse<byte[]> response = get(asset, null);

		assertServed(response, asset);
		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(response.body()).isEqualTo(plain(asset));
	}

	@Test
	void whatBrowsersSendGetsBrotliThoughTheyListGzipFirst() {
		HttpResponse<byte[]> response = get("css/liveblog.css", "gzip, deflate, br, zstd");

		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
		assertThat(decoded("br", response.body())).isEqualTo(plain("css/liveblog.css"));
	}

	@Test
	void aCodingRefusedIsNotServed() {
		HttpResponse<byte[]> noBrotli = get("js/live.js", "br;q=0, gzip");
		HttpResponse<byte[]> neither = get("js/live.js", "br;q=0, gzip;q=0.000");

		assertThat(noBrotli.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(decoded("gzip", noBrotli.body())).isEqualTo(plain("js/live.js"));
		assertThat(neither.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(neither.body()).isEqualTo(plain("js/live.js"));
	}

	@Test
	void aFileWithoutCompressedVariantsIsServedAsItIs() {
		HttpResponse<byte[]> response = get("css/not-precompressed.css", "gzip, deflate, br, zstd");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(response.body()).isEqualTo(plain("css/not-precompressed.css"));
	}

	private void assertServed(HttpResponse<byte[]> response, String asset) {
		assertThat(response.statusCode()).as(asset).isEqualTo(200);
		assertThat(response.headers().allValues("Vary")).as("Vary of %s", asset)
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript")
					.containsIgnoringCase("charset=UTF-8"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=31536000").contains("public"));
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
	}

	/** Under its content-hashed address, as pages link it. */
	private HttpResponse<byte[]> get(String asset, String acceptEncoding) {
		String path = this.resourceUrls.getForLookupPath("/assets/" + asset);
		assertThat(path).as(asset).isNotNull().isNotEqualTo("/assets/" + asset);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		try {
			return this.http.send(request.build(), BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] plain(String asset) {
		try (InputStream in = new ClassPathResource("static/" + asset).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] decoded(String encoding, byte[] body) {
		try {
			if (encoding.equals("gzip")) {
				try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
					return in.readAllBytes();
				}
			}
			Brotli4jLoader.ensureAvailability();
			DirectDecompress decoded = Decoder.decompress(body);
			assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
			return decoded.getDecompressedData();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
