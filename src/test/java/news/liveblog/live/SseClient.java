package news.liveblog.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A reader's EventSource, for tests: connects to a stream and collects its events as they arrive.
 */
public final class SseClient implements AutoCloseable {

	/** One server-sent event as a browser would see it. */
	public record Event(String id, String name, String data) {
	}

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final HttpClient client = HttpClient.newHttpClient();

	private volatile int status;

	private volatile boolean closed;

	private volatile boolean ended;

	private SseClient() {
	}

	public static SseClient connect(int port, String path, String lastEventId) {
		return (lastEventId != null) ? connectWith(port, path, "Last-Event-ID", lastEventId) : connectWith(port, path);
	}

	/** Connects with these request headers besides (names and values in turn), a session's cookie say. */
	public static SseClient connectWith(int port, String path, String... headers) {
		SseClient reader = new SseClient();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/event-stream");
		if (headers.length > 0) {
			request.headers(headers);
		}
		reader.client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept((response) -> {
			reader.status = response.statusCode();
			reader.read(response.body());
		}).exceptionally((refused) -> {
			reader.ended = true;
			return null;
		});
		return reader;
	}

	private void read(Stream<String> lines) {
		try {
			readEvents(lines);
		}
		finally {
			// Ended by the server, cleanly or not (a killed server resets the connection mid-read).
			this.ended = true;
		}
	}

	private void readEvents(Stream<String> lines) {
		String id = null;
		String name = null;
		StringBuilder data = new StringBuilder();
		var iterator = lines.iterator();
		while (!this.closed && iterator.hasNext()) {
			String line = iterator.next();
			if (line.isEmpty()) {
				// A heartbeat is no change: a page's script counts the silence with it, and nothing else.
				if ((name != null || !data.isEmpty()) && !"heartbeat".equals(name)) {
					this.events.add(new Event(id, (name != null) ? name : "message", data.toString()));
				}
				name = null;
				data.setLength(0);
			}
			else if (line.startsWith("id:")) {
				id = line.substring(3).strip();
			}
			else if (line.startsWith("event:")) {
				name = line.substring(6).strip();
			}
			else if (line.startsWith("data:")) {
				if (!data.isEmpty()) {
					data.append('\n');
				}
				data.append(line.substring(5).stripLeading());
			}
		}
	}

	/** Whether the server ended the stream. */
	public boolean ended() {
		return this.ended;
	}

	public int status() {
		return this.status;
	}

	public List<Event> events() {
		return new ArrayList<>(this.events);
	}

	public List<String> ids() {
		return this.events.stream().map(Event::id).toList();
	}

	@Override
	public void close() {
		this.closed = true;
		this.client.shutdownNow();
	}

}
