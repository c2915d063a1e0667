package news.liveblog.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A sign-in flood (fifty clients posting random usernames) does not take the site down: readers' permalinks
 * and API pages are served all through it, since sign-ins are turned back per address before the database,
 * password checks are few at a time, and no sign-in holds a database connection while hashing. Bounded: a
 * fixed number of attempts, after which the test stops by itself.
 */
@ApplicationTest
class SignInFloodTests {

	private static final int CLIENTS = 50;

	private static final int ATTEMPTS_EACH = 20;

	private static final int ADDRESSES = 5;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Newsroom newsroom;

	@Test
	void readersAreServedWhileFiftyClientsFloodTheSignInForm() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry entry = this.newsroom.publish(blog, "Still readable during a sign-in flood.",
				Instant.now());
		List<String> readerPaths = List.of("/live/" + blog.getSlug() + "/entries/" + entry.getId(),
				"/api/live/" + blog.getSlug() + "/entries");
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < ADDRESSES; i++) {
			addresses.add(SignedIn.someClientAddress());
		}

		AtomicBoolean flooding = new AtomicBoolean(true);
		Map<Integer, AtomicInteger> readerAnswers = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> signInAnswers = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2)) {
			List<Future<?>> flood = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				String address = addresses.get(client % ADDRESSES);
				flood.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < ATTEMPTS_EACH; i++) {
						String username = "flood-" + UUID.randomUUID().toString().substring(0, 12);
						String answer = this.mvc
							.perform(SignedIn.signInForm(username, "a guess", new MockHttpSession(), address))
							.andReturn()
							.getResponse()
							.getRedirectedUrl();
						signInAnswers.computeIfAbsent(kind(answer), (key) -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				}));
			}
			Future<?> reader = pool.submit(() -> {
				start.await();
				int read = 0;
				while (flooding.get() || read < 10) {
					int status = this.mvc.perform(get(readerPaths.get(read++ % readerPaths.size())))
						.andReturn()
						.getResponse()
						.getStatus();
					readerAnswers.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
				}
				return null;
			});
			start.countDown();
			for (Future<?> client : flood) {
				client.get();
			}
			flooding.set(false);
			reader.get();
		}

		assertThat(readerAnswers.keySet()).as("readers' answers during the flood: " + readerAnswers).containsOnly(200);
		assertThat(signInAnswers.get("tooMany")).as("turned back at the gate: " + signInAnswers)
			.isNotNull()
			.hasValueGreaterThan(CLIENTS * ATTEMPTS_EACH / 2);
	}

	private static String kind(String signInAnswer) {
		if (signInAnswer == null || !signInAnswer.contains("?error=")) {
			return String.valueOf(signInAnswer);
		}
		String error = signInAnswer.substring(signInAnswer.indexOf("?error=") + 7);
		int end = error.indexOf('&');
		return (end < 0) ? error : error.substring(0, end);
	}

}
