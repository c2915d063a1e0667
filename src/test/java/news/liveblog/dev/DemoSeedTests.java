package news.liveblog.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo blog's copy of the seed article is the seed, byte for byte.
 */
class DemoSeedTests {

	/** Where the project's shared material sits beside a checkout, when it does. */
	private static final Path SHARED_SEED = Path.of("..", "shared", "seed", "000_3ef07bc20dc10638.txt");

	@Test
	void demoCopyEqualsTheSharedSeedArticle() throws IOException {
		assumeTrue(Files.exists(SHARED_SEED), "no ../shared/seed beside this checkout to compare with");
		try (InputStream copy = getClass().getClassLoader().getResourceAsStream(DemoLiveBlog.SEED)) {
			assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(SHARED_SEED));
		}
	}

}
