package news.liveblog;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads a page MockMvc answered with as a reader's browser would: as a parsed HTML document. */
public final class Pages {

	private Pages() {
	}

	public static Document parse(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
