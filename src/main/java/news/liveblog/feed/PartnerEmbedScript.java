package news.liveblog.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /embed.js}, the script a partner's page includes beside the embed's frame so that the frame grows
 * to its content (partner/embed.js). At a fixed address, unlike the site's own fingerprinted files, since
 * partners paste it once: so cached for a day, not a year. It trusts messages from this site's origin only,
 * the configured public address's ({@link PublicAddresses#origin()}), written into it here.
 */
@Controller
class PartnerEmbedScript {

	static final String PATH = "/embed.js";

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private static final String ORIGIN_PLACEHOLDER = "__LIVEBLOG_ORIGIN__";

	private final byte[] script;

	private final String etag;

	PartnerEmbedScript(PublicAddresses addresses) {
		String source;
		try {
			source = new ClassPathResource("partner/embed.js").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A checked address holds no quote or backslash, so it is safe inside the script's string literal.
		this.script = source.replace(ORIGIN_PLACEHOLDER, addresses.origin()).getBytes(StandardCharsets.UTF_8);
		this.etag = "\"" + HexFormat.of().formatHex(DigestUtils.md5Digest(this.script)) + "\"";
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> script(WebRequest request) {
		if (request.checkNotModified(this.etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.eTag(this.etag)
			.body(this.script);
	}

}
