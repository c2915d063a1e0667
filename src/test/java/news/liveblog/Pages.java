package news.liveblog;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads a page MockMvc answered with as a reader's browser would: as a parsed HTML document. */
public final class Pages {

	private Pages() {
	}

	public static Document parse(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/** What a browser would send of this form, before anyone changes anything (without its CSRF token). */
	public static Map<String, String> formFields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name]")) {
			String type = input.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			if (type.equals("submit") || input.attr("name").equals("_csrf")) {
				continue;
			}
			fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
		}
		return fields;
	}

}
