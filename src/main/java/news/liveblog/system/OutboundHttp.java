package news.liveblog.system;

import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import news.liveblog.system.OutboundAddress.Refusal;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The one way the application sends a request to an address someone else gave it (a webhook endpoint, a push
 * service): the host name is resolved once, the answer is checked by {@link OutboundAddress}'s rule, and the
 * connection goes to an address that was checked. Checking a name and letting the HTTP client look it up again
 * when it connects would leave a gap a DNS answer switched in between (rebinding) slips through to a private
 * address. The name is kept for TLS (SNI and the certificate check) and for the {@code Host} header.
 * <p>
 * No proxy, no redirect (a redirect could lead anywhere, past the check), HTTP/1.1. One instance per rule
 * (private networks allowed or not), started by the module that sends, closed when it stops.
 */
public final class OutboundHttp implements AutoCloseable {

	private final HttpClient client;

	private final boolean privateNetworksAllowed;

	private OutboundHttp(String name, boolean privateNetworksAllowed, Duration connectTimeout,
			SocketAddressResolver lookup) {
		this.privateNetworksAllowed = privateNetworksAllowed;
		QueuedThreadPool threads = new QueuedThreadPool();
		threads.setName(name);
		threads.setDaemon(true);
		ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler(name + "-scheduler", true);
		this.client = new HttpClient();
		this.client.setExecutor(threads);
		this.client.setScheduler(scheduler);
		this.client.setConnectTimeout(connectTimeout.toMillis());
		this.client.setFollowRedirects(false);
		this.client.setUserAgentField(null);
		this.client.setSocketAddressResolver(new CheckedAddresses((lookup != null) ? lookup
				: new SocketAddressResolver.Async(threads, scheduler, connectTimeout.toMillis()),
				privateNetworksAllowed));
		try {
			this.client.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The outbound HTTP client did not start", ex);
		}
	}

	/**
	 * A started client; {@code name} names its threads. Connecting waits {@code connectTimeout} at most, the
	 * lookup included.
	 */
	public static OutboundHttp start(String name, boolean privateNetworksAllowed, Duration connectTimeout) {
		return new OutboundHttp(name, privateNetworksAllowed, connectTimeout, null);
	}

	/** As {@link #start}, with names resolved by {@code lookup} (tests: a name that resolves as they say). */
	static OutboundHttp start(String name, boolean privateNetworksAllowed, Duration connectTimeout,
			SocketAddressResolver lookup) {
		return new OutboundHttp(name, privateNetworksAllowed, connectTimeout, lookup);
	}

	/**
	 * POSTs the body with those headers and waits for the answer, {@code timeout} at most from start to end; the
	 * answer's body is read and dropped.
	 *
	 * @throws InterruptedException if the calling thread is interrupted (the request is aborted)
	 */
	public Outcome post(URI address, Map<String, String> headers, byte[] body, Duration timeout)
			throws InterruptedException {
		Optional<Refusal> refused = OutboundAddress.formRefusal(address, this.privateNetworksAllowed);
		if (refused.isPresent()) {
			return new Refused(refused.get());
		}
		Request request = this.client.newRequest(address)
			.method(HttpMethod.POST)
			.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
			.idleTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
			.headers((fields) -> headers.forEach(fields::put))
			.body(new BytesRequestContent(headers.getOrDefault("Content-Type", "application/octet-stream"), body));
		CompletableFuture<Result> done = new CompletableFuture<>();
		// The answer's content is consumed and dropped by the listener's defaults: nothing of it is kept.
		request.send(done::complete);
		Result result;
		try {
			// Jetty ends the request at its timeout; the margin only guards against waiting for ever.
			result = done.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			request.abort(ex);
			throw ex;
		}
		catch (TimeoutException ex) {
			request.abort(ex);
			return new Unanswered(true, "no answer within " + timeout);
		}
		catch (ExecutionException ex) {
			return unanswered(ex.getCause());
		}
		if (result.isFailed()) {
			return unanswered(result.getFailure());
		}
		Response response = result.getResponse();
		Map<String, String> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (HttpField field : response.getHeaders()) {
			answerHeaders.putIfAbsent(field.getName(), field.getValue());
		}
		return new Answered(response.getStatus(), answerHeaders);
	}

	private static Outcome unanswered(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RefusedAddress refused) {
				return new Refused(refused.refusal);
			}
			if (cause instanceof UnknownHostException) {
				return new Refused(Refusal.UNKNOWN_HOST);
			}
			if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
				return new Unanswered(true, cause.toString());
			}
		}
		return new Unanswered(false, String.valueOf(failure));
	}

	@Override
	public void close() {
		try {
			this.client.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The outbound HTTP client did not stop", ex);
		}
	}

	/** What became of a request. */
	public sealed interface Outcome permits Answered, Refused, Unanswered {

	}

	/** The receiver answered with that status; {@link #header} reads the answer's headers. */
	public record Answered(int status, Map<String, String> headers) implements Outcome {

		public boolean successful() {
			return this.status >= 200 && this.status < 300;
		}

		/** The first value of that header (any case), if the answer has it. */
		public Optional<String> header(String name) {
			return Optional.ofNullable(this.headers.get(name));
		}

	}

	/** Not sent: the address may not be called ({@link OutboundAddress}'s rule), or its name does not resolve. */
	public record Refused(Refusal refusal) implements Outcome {

	}

	/** Sent, or tried, and no answer came: not reachable, or not in time ({@code timedOut}). */
	public record Unanswered(boolean timedOut, String detail) implements Outcome {

	}

	/**
	 * The HTTP client's only way from a name to addresses: looks the name up once, refuses the whole name if any
	 * of its addresses is private (as {@link OutboundAddress#refusal} does), and hands the client those very
	 * addresses to connect to.
	 */
	static final class CheckedAddresses implements SocketAddressResolver {

		private final SocketAddressResolver lookup;

		private final boolean privateNetworksAllowed;

		CheckedAddresses(SocketAddressResolver lookup, boolean privateNetworksAllowed) {
			this.lookup = lookup;
			this.privateNetworksAllowed = privateNetworksAllowed;
		}

		@Override
		public void resolve(String host, int port, Map<String, Object> context,
				Promise<List<InetSocketAddress>> promise) {
			this.lookup.resolve(host, port, context, Promise.from((addresses) -> {
				if (addresses.isEmpty()) {
					promise.failed(new RefusedAddress(host, Refusal.UNKNOWN_HOST));
				}
				else if (!this.privateNetworksAllowed
						&& addresses.stream().anyMatch((address) -> address.getAddress() == null
								|| OutboundAddress.isPrivate(address.getAddress()))) {
					promise.failed(new RefusedAddress(host, Refusal.PRIVATE_NETWORK));
				}
				else {
					promise.succeeded(addresses);
				}
			}, promise::failed));
		}

	}

	/** A name the rule refuses, as the HTTP client's connection failure. */
	static final class RefusedAddress extends UnknownHostException {

		final transient Refusal refusal;

		RefusedAddress(String host, Refusal refusal) {
			super(host + ": " + refusal);
			this.refusal = refusal;
		}

	}

}
