package news.liveblog.push;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A push service on loopback, as browsers' push services are reached: one address per subscription
 * ({@code /push/<name>}), each answering what the test says (201 by default, 410 for a gone subscription, or
 * nothing until released). It keeps every request it received, with its headers and body, for the test to
 * decrypt and check. A JUnit extension: listening from before each test until after it.
 */
final class PushServiceStandIn implements BeforeEachCallback, AfterEachCallback {

	private HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();

	private final Map<String, CountDownLatch> hanging = new ConcurrentHashMap<>();

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		this.received.clear();
		this.answers.clear();
		this.answered.clear();
		this.hanging.clear();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		// One thread per request: a hanging answer must not hold up the next.
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/push/", this::handle);
		this.server.start();
	}

	/** The origin, as a VAPID token's audience must name it. */
	String origin() {
		return "http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort();
	}

	String endpoint(String name) {
		return origin() + "/push/" + name;
	}

	/** This subscription's requests get these statuses in turn, the last one ever after. */
	void answer(String name, Integer... statuses) {
		this.answers.put(name, List.of(statuses));
	}

	/** This subscription's requests get no answer until the test ends. */
	void hang(String name) {
		this.hanging.put(name, new CountDownLatch(1));
	}

	List<Received> receivedBy(String name) {
		return this.received.stream().filter((request) -> request.name().equals(name)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String name = exchange.getRequestURI().getPath().substring("/push/".length());
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, String> headers = new ConcurrentHashMap<>();
		exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), values.getFirst()));
		this.received.add(new Received(name, exchange.getRequestMethod(), headers, body));
		CountDownLatch hang = this.hanging.get(name);
		if (hang != null) {
			try {
				hang.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		List<Integer> statuses = this.answers.getOrDefault(name, List.of(201));
		int turn = this.answered.computeIfAbsent(name, (key) -> new AtomicInteger()).getAndIncrement();
		exchange.sendResponseHeaders(statuses.get(Math.min(turn, statuses.size() - 1)), -1);
		exchange.close();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.hanging.values().forEach(CountDownLatch::countDown);
		this.server.stop(0);
	}

	/** @param headers by lower-case name */
	record Received(String name, String method, Map<String, String> headers, byte[] body) {

		String header(String header) {
			return this.headers.get(header.toLowerCase());
		}

	}

}
