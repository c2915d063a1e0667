package news.liveblog.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import news.liveblog.system.OutboundAddress.Refusal;
import news.liveblog.system.OutboundHttp.Answered;
import news.liveblog.system.OutboundHttp.Refused;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request goes to the address that was checked: the name is looked up once, by the rule's resolver, and a
 * name that resolves to a private address is never connected to.
 */
class OutboundHttpTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private HttpServer receiver;

	private final List<String> hostHeaders = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
			exchange.getResponseHeaders().add("Retry-After", "120");
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void aNameThatResolvesToAPrivateAddressIsNeverConnectedTo() throws InterruptedException {
		AtomicInteger lookups = new AtomicInteger();
		try (OutboundHttp http = OutboundHttp.start("test-http", false, TIMEOUT, loopbackFor(lookups))) {
			var outcome = http.post(URI.create("https://partner.example:" + port() + "/hook"), Map.of(), bytes("{}"),
					TIMEOUT);

			assertThat(outcome).isEqualTo(new Refused(Refusal.PRIVATE_NETWORK));
		}
		assertThat(lookups).hasValue(1);
		assertThat(this.hostHeaders).isEmpty();
	}

	@Test
	void aPrivateAddressLiteralIsRefusedAsItIsConnectedTo() throws InterruptedException {
		try (OutboundHttp http = OutboundHttp.start("test-http", false, TIMEOUT)) {
			var outcome = http.post(URI.create("https://127.0.0.1:" + port() + "/hook"), Map.of(), bytes("{}"), TIMEOUT);

			assertThat(outcome).isEqualTo(new Refused(Refusal.PRIVATE_NETWORK));
		}
		assertThat(this.hostHeaders).isEmpty();
	}

	@Test
	void theRequestGoesToTheAddressLookedUpOnceAndKeepsTheNameAsItsHost() throws InterruptedException {
		AtomicInteger lookups = new AtomicInteger();
		try (OutboundHttp http = OutboundHttp.start("test-http", true, TIMEOUT, loopbackFor(lookups))) {
			var outcome = http.post(URI.create("http://partner.example:" + port() + "/hook"),
					Map.of("Content-Type", "application/json"), bytes("{}"), TIMEOUT);

			assertThat(outcome).isInstanceOfSatisfying(Answered.class, (answered) -> {
				assertThat(answered.status()).isEqualTo(202);
				assertThat(answered.header("retry-after")).contains("120");
			});
		}
		assertThat(lookups).hasValue(1);
		assertThat(this.hostHeaders).containsExactly("partner.example:" + port());
	}

	@Test
	void onlyHttpsUnlessPrivateNetworksAreAllowed() throws InterruptedException {
		try (OutboundHttp http = OutboundHttp.start("test-http", false, TIMEOUT)) {
			var outcome = http.post(URI.create("http://93.184.215.14/hook"), Map.of(), bytes("{}"), TIMEOUT);

			assertThat(outcome).isEqualTo(new Refused(Refusal.NOT_HTTPS));
		}
	}

	/** Every name resolves to the receiver on loopback, as a name pointed there (rebinding) would. */
	private SocketAddressResolver loopbackFor(AtomicInteger lookups) {
		return (host, port, context, promise) -> {
			lookups.incrementAndGet();
			promise.succeeded(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
		};
	}

	private int port() {
		return this.receiver.getAddress().getPort();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
