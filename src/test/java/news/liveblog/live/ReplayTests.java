package news.liveblog.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a stream replays to a reader who resumes ({@code ?since=}, {@code Last-Event-ID}) never carries
 * content that is not public now: an entry retracted since is replayed as its retraction only, with none
 * of its text, headline or key-event line; a corrected one with its current text only. Whether the replay
 * comes from the instance's memory of recent events (readers were open when the changes happened), from
 * the database (nobody was), or from another instance than the one the editors used.
 */
@ServerTest
class ReplayTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	private static final String HEADLINE = "Minister resigns over leaked memo";

	private static final String BODY = "The memo names the informant, Jane Roe.";

	@RegisterExtension
	static final SecondInstance instanceB = SecondInstance.forTheTestClass();

	@LocalServerPort
	private int port;

	@Autowired
	private Newsroom newsroom;

	@Test
	void aRetractedEntryIsReplayedAsItsRetractionOnlyFromMemory() {
		retractedWhileReadersWatch(() -> this.port);
	}

	@Test
	void aRetractedEntryIsReplayedAsItsRetractionOnlyFromTheDatabase() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Before it.", Instant.now());
		Entry entry = publishKeyEvent(blog);
		this.newsroom.retract(blog, entry, "Legal");

		assertReplaysOnlyTheRetraction(this.port, blog, 2, 3);
	}

	@Test
	void aRetractedEntryIsReplayedAsItsRetractionOnlyByAnotherInstance() {
		retractedWhileReadersWatch(instanceB::port);
	}

	@Test
	void aCorrectedEntryIsReplayedWithItsCurrentTextOnlyFromMemory() {
		correctedWhileReadersWatch(() -> this.port);
	}

	@Test
	void aCorrectedEntryIsReplayedWithItsCurrentTextOnlyByAnotherInstance() {
		correctedWhileReadersWatch(instanceB::port);
	}

	@Test
	void aCorrectedEntryIsReplayedWithItsCurrentTextOnlyFromTheDatabase() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		this.newsroom.publish(blog, "Before it.", Instant.now());
		Entry entry = this.newsroom.publish(blog, "Police say three were hurt.", Instant.now());
		correct(blog, entry);

		assertReplaysOnlyTheCorrection(this.port, blog);
	}

	@Test
	void aKeyEventsListReplayedWithAnotherEntryNoLongerNamesTheRetractedOne() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient watching = SseClient.connect(this.port, events(blog), null)) {
			await().atMost(WITHIN).until(() -> watching.status() == 200);
			Entry keyEvent = publishKeyEvent(blog);
			Entry other = this.newsroom.publish(blog, "Crowds gather outside.", Instant.now());
			// Pinning the other entry sends it with the key events list as it is then: naming the first one.
			this.newsroom.pin(blog, other);
			await().atMost(WITHIN).untilAsserted(() -> assertThat(watching.ids()).containsExactly("1", "2", "3"));
			assertThat(watching.events().get(2).data()).as("sent live while it was public").contains(HEADLINE);

			this.newsroom.retract(blog, keyEvent, "Legal");
			await().atMost(WITHIN).untilAsserted(() -> assertThat(watching.ids()).containsExactly("1", "2", "3", "4"));

			try (SseClient resuming = SseClient.connect(this.port, events(blog) + "?since=0", null)) {
				await().atMost(WITHIN).untilAsserted(() -> assertThat(resuming.ids()).containsExactly("1", "2", "3", "4"));
				assertThat(resuming.events()).noneSatisfy((event) -> assertThat(event.data()).contains(HEADLINE));
				assertThat(resuming.events().get(2).data()).as("the pin itself is still replayed")
					.contains("Crowds gather outside.")
					.contains("\"pinned\":true");
			}
		}
	}

	/**
	 * A reader is open on the instance (so it remembers the events it sent) while an entry is published
	 * through this instance, marked as a key event, then retracted; a reader then resumes from before it.
	 */
	private void retractedWhileReadersWatch(IntSupplier instance) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient watching = SseClient.connect(instance.getAsInt(), events(blog), null)) {
			await().atMost(WITHIN).until(() -> watching.status() == 200);
			this.newsroom.publish(blog, "Before it.", Instant.now());
			Entry entry = publishKeyEvent(blog);
			await().atMost(WITHIN).untilAsserted(() -> assertThat(watching.ids()).containsExactly("1", "2"));
			assertThat(watching.events().get(1).data()).as("sent live while it was public").contains(HEADLINE);

			this.newsroom.retract(blog, entry, "Legal");
			await().atMost(WITHIN).untilAsserted(() -> assertThat(watching.ids()).containsExactly("1", "2", "3"));

			assertReplaysOnlyTheRetraction(instance.getAsInt(), blog, 2, 3);
		}
	}

	private void correctedWhileReadersWatch(IntSupplier instance) {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		try (SseClient watching = SseClient.connect(instance.getAsInt(), events(blog), null)) {
			await().atMost(WITHIN).until(() -> watching.status() == 200);
			this.newsroom.publish(blog, "Before it.", Instant.now());
			Entry entry = this.newsroom.publish(blog, "Police say three were hurt.", Instant.now());
			await().atMost(WITHIN).untilAsserted(() -> assertThat(watching.ids()).containsExactly("1", "2"));

			correct(blog, entry);
			await().atMost(WITHIN).untilAsserted(() -> assertThat(watching.ids()).containsExactly("1", "2", "3"));

			assertReplaysOnlyTheCorrection(instance.getAsInt(), blog);
		}
	}

	private void assertReplaysOnlyTheRetraction(int port, LiveBlog blog, int published, int retracted) {
		for (Resume resume : Resume.values()) {
			try (SseClient resuming = resume.connect(port, events(blog))) {
				await().atMost(WITHIN).untilAsserted(() -> assertThat(resuming.ids()).containsExactly(resume.ids()));
				assertThat(resuming.events()).as(resume.name()).noneSatisfy((event) -> assertThat(event.data())
					.containsAnyOf(HEADLINE, "Minister resigns", "Jane Roe", "informant"));
				SseClient.Event replayed = resuming.events().get(published - resume.from() - 1);
				assertThat(replayed.name()).as(resume.name()).isEqualTo("entry-retracted");
				assertThat(resuming.events().get(retracted - resume.from() - 1).name()).isEqualTo("entry-retracted");
			}
		}
	}

	private void assertReplaysOnlyTheCorrection(int port, LiveBlog blog) {
		for (Resume resume : Resume.values()) {
			try (SseClient resuming = resume.connect(port, events(blog))) {
				await().atMost(WITHIN).untilAsserted(() -> assertThat(resuming.ids()).containsExactly(resume.ids()));
				List<SseClient.Event> replayed = resuming.events();
				assertThat(replayed).as(resume.name())
					.noneSatisfy((event) -> assertThat(event.data()).contains("three were hurt"));
				assertThat(replayed.get(1 - resume.from()).name()).isEqualTo("entry-published");
				assertThat(replayed.get(1 - resume.from()).data()).contains("Police say two were hurt.");
				assertThat(replayed.getLast().data()).contains("Police say two were hurt.");
			}
		}
	}

	/** The two ways a page resumes: its first connection's {@code ?since=}, EventSource's own header. */
	private enum Resume {

		SINCE_ZERO(0), LAST_EVENT_ID_BEFORE_IT(1);

		private final int from;

		Resume(int from) {
			this.from = from;
		}

		int from() {
			return this.from;
		}

		String[] ids() {
			return List.of("1", "2", "3").subList(this.from, 3).toArray(String[]::new);
		}

		SseClient connect(int port, String events) {
			return (this == SINCE_ZERO) ? SseClient.connect(port, events + "?since=0", null)
					: SseClient.connect(port, events, String.valueOf(this.from));
		}

	}

	private Entry publishKeyEvent(LiveBlog blog) {
		return this.newsroom.write(blog, new EntryText(HEADLINE, BODY, true), Publication.now());
	}

	private void correct(LiveBlog blog, Entry entry) {
		this.newsroom.correct(blog, this.newsroom.stored(blog, entry.getId()), EntryText.of("Police say two were hurt."),
				"The first figure was wrong.");
	}

	private static String events(LiveBlog blog) {
		return "/live/" + blog.getSlug() + "/events";
	}

}
