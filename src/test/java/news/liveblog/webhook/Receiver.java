package news.liveblog.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback, as a partner's system would be: it answers each request as the test told
 * it (a status, or no answer at all until released), then 200 once told nothing more, and keeps every request.
 */
final class Receiver implements AutoCloseable {

	/** Answers no request: it hangs until {@link #release()} or the receiver closes. */
	static final int HANG = -1;

	private final HttpServer server;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private volatile int otherwise = 200;

	private final AtomicInteger hanging = new AtomicInteger();

	private Receiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	static Receiver start() {
		try {
			return new Receiver();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Its address, as an admin registers it. */
	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/liveblog";
	}

	/** The next requests are answered so, in turn ({@link #HANG}: not at all); then {@link #otherwise}. */
	Receiver answering(int... statuses) {
		for (int status : statuses) {
			this.answers.add(status);
		}
		return this;
	}

	/** Every request after those told is answered with this status. */
	Receiver otherwise(int status) {
		this.otherwise = status;
		return this;
	}

	/** Lets hanging requests end (their senders gave up on them long ago, or were stopped). */
	void release() {
		this.released.countDown();
	}

	/** Requests hanging now. */
	int hanging() {
		return this.hanging.get();
	}

	/** Every request received, in order. */
	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** When each of {@link #accepted()} was received. */
	List<Instant> acceptedAt() {
		return accepted().stream().map(Request::receivedAt).toList();
	}

	/** The requests it answered with a 2xx, each message once (by webhook-id), in the order first accepted. */
	List<Request> accepted() {
		Map<String, Request> once = new LinkedHashMap<>();
		for (Request request : this.requests) {
			if (request.answered() >= 200 && request.answered() < 300) {
				once.putIfAbsent(request.id(), request);
			}
		}
		return new ArrayList<>(once.values());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Integer told = this.answers.poll();
		int status = (told != null) ? told : this.otherwise;
		var headers = exchange.getRequestHeaders();
		this.requests.add(new Request(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
				headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), body, status, Instant.now()));
		if (status == HANG) {
			this.hanging.incrementAndGet();
			try {
				this.released.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.hanging.decrementAndGet();
			}
			exchange.close();
			return;
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** A request as received; {@code answered} is the status it got ({@link #HANG}: none). */
	record Request(String id, String timestamp, String signature, String contentType, String body, int answered,
			Instant receivedAt) {
	}

}
