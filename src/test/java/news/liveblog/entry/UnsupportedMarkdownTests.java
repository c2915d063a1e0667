package news.liveblog.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of an editor's Markdown readers would not see as written is found, and only that: the composer lists
 * it rather than let the sanitiser drop it silently.
 */
class UnsupportedMarkdownTests {

	private final EntryBodyRenderer renderer = new EntryBodyRenderer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"# Summit"                                          | HEADING
			"Summit\\n======"                                   | HEADING
			"Text\\n\\n### Later"                               | HEADING
			"![the hall](https://example.com/hall.jpg)"         | IMAGE
			"See [![x](https://example.com/x.png)](https://example.com)" | IMAGE
			"| a | b |\\n|---|---|\\n| 1 | 2 |"                  | TABLE
			"a | b\\n--- | ---"                                  | TABLE
			"Before\\n\\n---\\n\\nAfter"                        | HORIZONTAL_RULE
			"***"                                               | HORIZONTAL_RULE
			""")
	void findsWhatReadersWouldNotSee(String markdown, UnsupportedMarkdown kind) {
		String source = markdown.replace("\\n", "\n");

		assertThat(this.renderer.unsupported(source)).containsExactly(kind);
		// What it says is true: the rendered body has no trace of the construct as such.
		assertThat(this.renderer.render(source).html()).doesNotContain("<h1", "<h2", "<h3", "<img", "<hr", "<table");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Leaders **arrive**, *late*.", "- one\n- two", "1. first\n2. second",
			"> a quote with a | pipe", "[a link](https://example.com)", "#hashtag at a line's start",
			"A score of 2 | 1, and another | line", "```\n# not a heading in code\n| a | b |\n|---|---|\n```",
			"`![not an image](x)`" })
	void findsNothingInWhatEntriesPrint(String markdown) {
		assertThat(this.renderer.unsupported(markdown)).isEmpty();
	}

	@Test
	void findsEveryKindOnce() {
		assertThat(this.renderer.unsupported("# A\n\n# B\n\n![x](https://e.org/x.png) ![y](https://e.org/y.png)"))
			.containsExactly(UnsupportedMarkdown.HEADING, UnsupportedMarkdown.IMAGE);
	}

}
