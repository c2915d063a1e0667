package news.liveblog.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English and in French: a key missing from one bundle would show readers or editors
 * the other language, or the raw key.
 */
class MessageBundlesTests {

	@Test
	void englishAndFrenchHaveTheSameKeys() throws IOException {
		Properties english = load("messages/messages.properties");
		Properties french = load("messages/messages_fr.properties");

		assertThat(french.stringPropertyNames()).as("keys in French")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages/messages.properties", "messages/messages_fr.properties" }) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
		}
	}

	/**
	 * A key written twice is a text changed in one place and kept in another (merges of two changes to one
	 * line do that): the later one wins silently, and the next edit of the first changes nothing.
	 */
	@Test
	void noKeyIsWrittenTwice() throws IOException {
		for (String bundle : new String[] { "messages/messages.properties", "messages/messages_fr.properties" }) {
			Set<String> seen = new HashSet<>();
			Properties counting = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					assertThat(seen.add((String) key)).as("%s written twice in %s", key, bundle).isTrue();
					return super.put(key, value);
				}
			};
			try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
				counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
