package news.liveblog.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates print no words of their own: every text a person reads comes from the message bundles, so
 * both languages say everything. Text inside an element whose content Thymeleaf replaces (th:text, th:errors,
 * th:utext, th:replace, th:insert) is only a design-time placeholder and does not count; nor do
 * attributes whose th: twin replaces them.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes people read (or hear): they must come from messages too. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label");

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	@Test
	void templatesUseNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((file) -> file.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
				for (Element element : document.getAllElements()) {
					if (replaced(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
						continue;
					}
					for (TextNode text : element.textNodes()) {
						if (text.text().codePoints().anyMatch(Character::isLetter)) {
							literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
									+ text.text().strip() + "\"");
						}
					}
					for (Attribute attribute : element.attributes()) {
						if (READ_ATTRIBUTES.contains(attribute.getKey()) && !element.hasAttr("th:" + attribute.getKey())
								&& attribute.getValue().codePoints().anyMatch(Character::isLetter)) {
							literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
									+ attribute.getValue() + "\"");
						}
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates").isEmpty();
	}

	/** Whether Thymeleaf replaces this element's content (or the element), here or above. */
	private static boolean replaced(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			for (String attribute : REPLACING) {
				if (at.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

}
