package news.liveblog.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.entry.Entries;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo live blog: 20 minutes' live page on Volodymyr Zelensky's visit to NATO and the EU summit in
 * Brussels, 17 October 2024, from the seed article kept to the character in {@code demo/}. Loaded in the
 * development run and the tests only, once: a database that has it already is left alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoLiveBlog implements ApplicationRunner {

	public static final String SLUG = "zelensky-otan-bruxelles";

	public static final String SEED = "demo/zelensky-otan-bruxelles.txt";

	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	static final LocalDate DAY = LocalDate.of(2024, 10, 17);

	/** The page carries no times: these are plausible ones that morning, oldest entry first. */
	static final List<LocalTime> ENTRY_TIMES = List.of(LocalTime.of(8, 30), LocalTime.of(8, 47),
			LocalTime.of(9, 2), LocalTime.of(9, 21), LocalTime.of(9, 40), LocalTime.of(10, 4));

	static final String AUTHOR = "La rédaction";

	private static final Logger logger = LoggerFactory.getLogger(DemoLiveBlog.class);

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final TransactionTemplate transaction;

	DemoLiveBlog(LiveBlogs liveBlogs, Entries entries, TransactionTemplate transaction) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.liveBlogs.exists(SLUG)) {
			// All or nothing: a half-loaded demo would never be completed, since its slug exists.
			this.transaction.executeWithoutResult((status) -> load());
		}
	}

	private void load() {
		List<String> lines = seedLines();
		Actor newsroom = new Actor(null, AUTHOR);
		LiveBlog blog = this.liveBlogs.open(new LiveBlogSettings(SLUG, lines.get(0), lines.get(1), Locale.FRENCH, ZONE,
				LiveBlogStatus.ENDED, at(LocalTime.of(8, 30)), at(LocalTime.of(18, 0))), newsroom);
		// The seed is newest first; publish oldest first so that ids grow with time, as they would live.
		List<String> entryLines = lines.subList(2, lines.size()).reversed();
		for (int i = 0; i < entryLines.size(); i++) {
			this.entries.write(blog.getId(), EntryText.of(entryLines.get(i)), Publication.publishedAt(at(ENTRY_TIMES.get(i))),
					false, UUID.randomUUID(), newsroom);
		}
		logger.info("Loaded the demo live blog '{}' with {} entries", SLUG, entryLines.size());
	}

	/** The seed article's lines: title, summary, then the entries newest first. */
	public static List<String> seedLines() {
		try (InputStream in = DemoLiveBlog.class.getClassLoader().getResourceAsStream(SEED)) {
			if (in == null) {
				throw new IllegalStateException("The demo seed " + SEED + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant at(LocalTime time) {
		return ZonedDateTime.of(DAY, time, ZONE).toInstant();
	}

}
