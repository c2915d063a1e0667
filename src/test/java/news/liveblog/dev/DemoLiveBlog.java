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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo live blogs: 20 minutes' live page on Volodymyr Zelensky's visit to NATO and the EU summit in
 * Brussels, 17 October 2024, from the seed article kept to the character in {@code demo/}; and a short
 * English blog on the same day, written for the demo, so the English pages, a key event and a pinned entry
 * can be seen. Loaded in the development run and the tests only, each once: a database that has one already
 * is left alone.
 * <p>
 * Instances starting together on an empty database (the local cluster) load them once between them.
 * <p>
 * The French blog has neither key events nor a pinned entry: the seed is the page as readers saw it and
 * marks none, and on a real blog editors set both from the back office.
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

	public static final String ENGLISH_SLUG = "zelensky-nato-brussels";

	static final ZoneId ENGLISH_ZONE = ZoneId.of("Europe/Brussels");

	/** The English blog's entries, oldest first: written for the demo from what the seed reports. */
	static final List<DemoEntry> ENGLISH_ENTRIES = List.of(
			new DemoEntry(LocalTime.of(8, 35), null, """
					Good morning and welcome to our live coverage. Volodymyr Zelensky is in Brussels today, where \
					the leaders of the 27 EU member states hold their summit while NATO defence ministers meet at \
					the alliance’s headquarters. We will follow the day here.""", false, false),
			new DemoEntry(LocalTime.of(8, 50), "What is in the plan", """
					Mr Zelensky set out the main lines of his “victory plan” to Ukraine’s parliament on Wednesday, \
					after presenting it in Washington, London, Paris, Berlin and Rome. It asks for an immediate \
					invitation to join NATO, an end to the limits on how Ukraine may use the weapons the West \
					supplies, and non-nuclear deterrent weapons stationed on Ukrainian soil.""", false, false),
			new DemoEntry(LocalTime.of(9, 10), null, """
					NATO’s secretary general, Mark Rutte, repeated on Wednesday that Ukraine’s path to membership \
					is “irreversible”. He did not say when an invitation might come.""", false, false),
			new DemoEntry(LocalTime.of(9, 25), "Washington is not ready to invite Ukraine", """
					The United States, three weeks before its presidential election on 5 November, does not back \
					an invitation for now. Its ambassador to NATO, Julianne Smith, said on Wednesday that the allies \
					were not discussing one in the short term.""", true, false),
			new DemoEntry(LocalTime.of(9, 45), "The day at a glance", """
					- Volodymyr Zelensky presents his plan to EU leaders at their summit in central Brussels.
					- NATO defence ministers discuss it a few kilometres away, at the alliance’s headquarters.
					- No ally has backed its requests yet, and Washington rules out a quick invitation.""", false,
					true),
			new DemoEntry(LocalTime.of(10, 5), null, """
					Mr Zelensky is expected in the city centre this morning: not at NATO’s headquarters, but at the \
					building where the EU leaders meet.""", false, false));

	static final String ENGLISH_AUTHOR = "The newsroom";

	private static final Logger logger = LoggerFactory.getLogger(DemoLiveBlog.class);

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	DemoLiveBlog(LiveBlogs liveBlogs, Entries entries, TransactionTemplate transaction, JdbcClient jdbc) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		// All or nothing: a half-loaded demo would never be completed, since its slug exists. Under a lock that
		// other instances starting at the same moment wait for: then they find the blogs and leave them alone.
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('liveblog-demo-seed'))").query((row) -> {
			});
			if (!this.liveBlogs.exists(SLUG)) {
				load();
			}
			if (!this.liveBlogs.exists(ENGLISH_SLUG)) {
				loadEnglish();
			}
		});
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
		// Readers may ask questions whenever an editor sets the demo live again (the form shows only while live).
		this.liveBlogs.takeQuestions(blog.getId(), true, newsroom);
		logger.info("Loaded the demo live blog '{}' with {} entries", SLUG, entryLines.size());
	}

	private void loadEnglish() {
		Actor newsroom = new Actor(null, ENGLISH_AUTHOR);
		LiveBlog blog = this.liveBlogs.open(new LiveBlogSettings(ENGLISH_SLUG,
				"Zelensky in Brussels: the “victory plan” goes to NATO and the EU",
				"Volodymyr Zelensky takes his plan to EU leaders on Thursday while NATO defence ministers meet a few "
						+ "kilometres away. No ally has yet backed its central request: an invitation to join NATO now.",
				Locale.ENGLISH, ENGLISH_ZONE, LiveBlogStatus.ENDED, at(LocalTime.of(8, 35), ENGLISH_ZONE),
				at(LocalTime.of(18, 0), ENGLISH_ZONE)), newsroom);
		for (DemoEntry entry : ENGLISH_ENTRIES) {
			this.entries.write(blog.getId(), new EntryText(entry.headline(), entry.body(), entry.keyEvent()),
					Publication.publishedAt(at(entry.time(), ENGLISH_ZONE)), entry.pinned(), UUID.randomUUID(),
					newsroom);
		}
		logger.info("Loaded the English demo live blog '{}' with {} entries", ENGLISH_SLUG, ENGLISH_ENTRIES.size());
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
		return at(time, ZONE);
	}

	private static Instant at(LocalTime time, ZoneId zone) {
		return ZonedDateTime.of(DAY, time, zone).toInstant();
	}

	/** An entry of the English demo blog, with what an editor would have set in the composer. */
	record DemoEntry(LocalTime time, String headline, String body, boolean keyEvent, boolean pinned) {
	}

}
