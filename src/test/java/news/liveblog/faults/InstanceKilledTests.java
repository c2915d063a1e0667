package news.liveblog.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.liveblog.Newsroom;
import news.liveblog.SecondInstance;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.live.SseClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance is killed (SIGKILL, no shutdown at all) while readers follow a blog through it; entries go on
 * being published through the other instance meanwhile. Each reader reconnects to the surviving instance
 * with the id of the last event it got, as EventSource does, and receives exactly what it missed: no gap,
 * nothing twice.
 */
@ServerTest
class InstanceKilledTests {

	@LocalServerPort
	private int portOfA;

	@Autowired
	private Newsroom newsroom;

	private Process instanceB;

	@AfterEach
	void killB() {
		if (this.instanceB != null) {
			this.instanceB.destroyForcibly();
		}
	}

	@Test
	void readersOfAKilledInstanceResumeOnAnotherWithNoGapAndNothingTwice() throws Exception {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		String stream = "/live/" + blog.getSlug() + "/events";
		int portOfB = freePort();
		// In a JVM of its own, so that it can be killed outright.
		this.instanceB = SecondInstance.with().startInItsOwnJvm(portOfB, Path.of("target", "instance-killed-b.log"));
		await().atMost(Duration.ofSeconds(180)).until(() -> isUp(portOfB) || !this.instanceB.isAlive());
		assertThat(this.instanceB.isAlive()).as("instance B started; see target/instance-killed-b.log").isTrue();
		List<SseClient> readers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			readers.add(SseClient.connect(portOfB, stream, null));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> readers.stream().allMatch((r) -> r.status() == 200));
		this.newsroom.publish(blog, "mark-1 before the crash", Instant.now());
		for (SseClient reader : readers) {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(reader.events()).anySatisfy(
						(event) -> assertThat(event.data()).contains("mark-1")));
		}

		this.instanceB.destroyForcibly().waitFor();
		await().atMost(Duration.ofSeconds(10)).until(() -> readers.stream().allMatch(SseClient::ended));
		this.newsroom.publish(blog, "mark-2 while they reconnect", Instant.now());
		this.newsroom.publish(blog, "mark-3 while they reconnect", Instant.now());

		List<SseClient> resumed = readers.stream()
			.map((reader) -> SseClient.connect(this.portOfA, stream, reader.ids().getLast()))
			.toList();
		for (SseClient reader : resumed) {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(reader.events()).anySatisfy(
						(event) -> assertThat(event.data()).contains("mark-3")));
		}
		this.newsroom.publish(blog, "mark-4 after they are back", Instant.now());

		for (int i = 0; i < readers.size(); i++) {
			SseClient after = resumed.get(i);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(after.events()).anySatisfy(
						(event) -> assertThat(event.data()).contains("mark-4")));
			List<String> marks = Stream.concat(readers.get(i).events().stream(), after.events().stream())
				.map((event) -> event.name() + " " + event.data().replaceAll(".*(mark-\\d).*", "$1"))
				.toList();
			assertThat(marks).containsExactly("entry-published mark-1", "entry-published mark-2",
					"entry-published mark-3", "entry-published mark-4");
			after.close();
		}
	}

	private static boolean isUp(int port) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
