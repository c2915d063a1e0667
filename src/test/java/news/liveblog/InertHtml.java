package news.liveblog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page parsed as a browser would, checked for anything that could run script or restyle the page: the
 * application's own scripts and its JSON-LD data are the only script elements, and no element, attribute or
 * address from what someone typed can run, load or style anything. The templates hold no style and no
 * handler ({@code SecurityHeadersTests}), so any found here came from input.
 */
public final class InertHtml {

	/**
	 * The application's own scripts (with or without their content-hashed names), and nothing else: the files in
	 * static/js, read from there so that a new script of the site's needs no change here.
	 */
	private static final Pattern OWN_SCRIPT = Pattern.compile("/assets/js/(" + ownScripts() + ")(-[0-9a-f]{32})?\\.js");

	private static final Set<String> ACTIVE_ELEMENTS = Set.of("svg", "math", "iframe", "frame", "frameset", "object",
			"embed", "applet", "style",
			// The partner embed's own (feed/embed.html) opens links in a new tab: any other base is input's.
			"base[href]", "base:not([target=_blank])",
			// The gallery's own row template (admin/photo-gallery.html) is the one template a page may hold.
			"template:not([data-photo-template])", "portal", "noscript", "xmp", "isindex", "keygen",
			// A charset declaration (Jetty's own error pages carry one) is harmless; refresh, cookies, CSP are not.
			"meta[http-equiv]:not([http-equiv~=(?i)^content-type$])");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "background", "poster", "cite", "srcset", "ping", "dynsrc", "lowsrc", "srcdoc", "codebase");

	private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|livescript|data):.*",
			Pattern.DOTALL);

	private InertHtml() {
	}

	/** The names of the site's own scripts, as alternatives of a regular expression ({@code composer|live|...}). */
	public static String ownScripts() {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/static/js"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.matches("[a-z0-9-]+\\.js"))
				.map((name) -> name.substring(0, name.length() - ".js".length()))
				.collect(Collectors.joining("|"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void assertInert(Document page, String where) {
		for (Element script : page.select("script")) {
			if (script.attr("type").equals("application/ld+json")) {
				// Structured data, not code: it must not be able to close its element either.
				assertThat(script.data()).as("structured data on " + where).doesNotContain("<");
				continue;
			}
			assertThat(script.attr("src")).as("a script on " + where).matches(OWN_SCRIPT);
			assertThat(script.data()).as("inline script on " + where).isEmpty();
		}
		for (String active : ACTIVE_ELEMENTS) {
			assertThat(page.select(active)).as("<%s> on %s", active, where).isEmpty();
		}
		assertThat(page.select("template[data-photo-template]")).as("gallery templates on " + where).hasSizeLessThan(2);
		for (Element link : page.select("link")) {
			assertThat(link.attr("rel")).as("a link element on " + where).isIn("stylesheet", "icon", "alternate", "canonical");
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as("handler on <%s> on %s", element.tagName(), where).doesNotStartWith("on");
				assertThat(name).as("style on <%s> on %s", element.tagName(), where).isNotEqualTo("style");
				if (URL_ATTRIBUTES.contains(name)) {
					// As a browser reads a URL: blanks and control characters anywhere are ignored.
					String url = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
					assertThat(url).as("%s of <%s> on %s", name, element.tagName(), where).doesNotMatch(SCRIPT_URL);
				}
			}
		}
	}

}
