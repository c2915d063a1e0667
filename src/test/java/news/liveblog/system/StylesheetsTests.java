package news.liveblog.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet's blocks close. A browser does not say when one does not: every rule after an unclosed
 * block is read as nested in it and silently matches nothing (a merge once dropped one closing brace, and the
 * partner embed and the webhook pages lost their styles without any test noticing).
 */
class StylesheetsTests {

	static Stream<Path> stylesheets() throws IOException {
		return Files.list(Path.of("src/main/resources/static/css")).filter((path) -> path.toString().endsWith(".css"));
	}

	@ParameterizedTest
	@MethodSource("stylesheets")
	void everyBlockCloses(Path stylesheet) throws IOException {
		String css = Files.readString(stylesheet).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"\\n]*\"", "\"\"");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
			assertThat(depth).as("%s: a block closed that was never opened, line %d", stylesheet, line).isNotNegative();
		}
		assertThat(depth).as("%s: blocks left open at the end", stylesheet).isZero();
	}

}
