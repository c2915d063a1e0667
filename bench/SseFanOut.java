// Live fan-out benchmark: opens N server-sent-event readers on one blog of a running instance, publishes
// M entries through the back office, and prints how fast each entry reached every reader.
//
//   java bench/SseFanOut.java --base http://127.0.0.1:8181 --readers 10000 --entries 20 [--interval-ms 500]
//        [--server-pid PID] [--connected-file FILE --go-file FILE]
//
// Loopback only, bounded in readers, entries and time; it stops by itself. No dependencies: JDK 21+.

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SseFanOut {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern MARK = Pattern.compile("bench-(\\d+)-mark");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8181"));
		if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
			throw new IllegalArgumentException("This benchmark only ever targets loopback addresses");
		}
		int readers = Integer.parseInt(options.getOrDefault("readers", "10000"));
		int entries = Integer.parseInt(options.getOrDefault("entries", "20"));
		String slug = options.getOrDefault("slug", "zelensky-otan-bruxelles");
		String pid = options.get("server-pid");
		long intervalMillis = Long.parseLong(options.getOrDefault("interval-ms", "500"));

		Memory before = Memory.of(pid);
		long[] publishedAt = new long[entries];
		List<Reader> all = new ArrayList<>();
		CountDownLatch connected = new CountDownLatch(readers);
		long connectStart = System.nanoTime();
		for (int i = 0; i < readers; i++) {
			Reader reader = new Reader(base, "/live/" + slug + "/events", entries, connected);
			all.add(reader);
			Thread.ofVirtual().start(reader);
			if (i % 500 == 499) {
				// Connect in waves of 500, as a real audience arrives; a storm is another benchmark.
				long waveDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (connected.getCount() > readers - (i + 1) && System.nanoTime() < waveDeadline) {
					Thread.sleep(5);
				}
			}
		}
		boolean allConnected = connected.await(120, TimeUnit.SECONDS);
		long connectMillis = (System.nanoTime() - connectStart) / 1_000_000;
		Memory held = Memory.of(pid);
		Thread.sleep(1000L * Integer.parseInt(options.getOrDefault("hold-seconds", "0")));
		awaitGo(options); // bench/spike.sh: the readers' arrival stays out of what it measures


		Editor editor = Editor.signIn(base, "editor", "editor", slug);
		// Each run's texts its own: the composer takes the same text again within minutes for a slip (422).
		String run = Long.toString(System.currentTimeMillis() % 1_000_000);
		// A few unmeasured entries first: the server's JIT warms up as it would in a long-running instance.
		for (int i = 0; i < 5; i++) {
			editor.publish("Warm-up update " + i + " of run " + run + ".");
			Thread.sleep(500);
		}
		long[] publishMillis = new long[entries];
		for (int i = 0; i < entries; i++) {
			publishedAt[i] = System.nanoTime();
			editor.publish("Benchmark update bench-" + i + "-mark of run " + run + ": the summit goes on.");
			publishMillis[i] = (System.nanoTime() - publishedAt[i]) / 1_000_000;
			Thread.sleep(intervalMillis); // by default one entry every half second, a busy live blog
		}
		// Wait (bounded) for the last entry to reach everyone still connected.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline && all.stream().anyMatch((r) -> r.open && r.received.get() < entries)) {
			Thread.sleep(100);
		}

		Memory atEnd = Memory.of(pid);

		List<Long> latencies = new ArrayList<>();
		int missed = 0;
		int dropped = 0;
		for (Reader reader : all) {
			for (int i = 0; i < entries; i++) {
				long at = reader.receivedAt.get(i);
				if (at == 0) {
					missed++;
				}
				else {
					latencies.add((at - publishedAt[i]) / 1_000_000);
				}
			}
			if (!reader.open) {
				dropped++;
			}
			reader.close();
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("readers asked %d, connected %d (all: %s) in %d ms, closed early %d%n", readers,
				all.stream().filter((r) -> r.connectedOk).count(), allConnected, connectMillis, dropped);
		System.out.printf("entries published %d, deliveries %d, missed %d%n", entries, sorted.length, missed);
		if (sorted.length > 0) {
			System.out.printf("publish-to-receive latency ms: p50 %d  p99 %d  max %d%n", percentile(sorted, 50),
					percentile(sorted, 99), sorted[sorted.length - 1]);
		}
		// The editor's side: how long the publish request took, from sending the form to the redirect.
		long[] publishSorted = Arrays.stream(publishMillis).sorted().toArray();
		System.out.printf("publish request ms: p50 %d  p99 %d  max %d%n", percentile(publishSorted, 50),
				percentile(publishSorted, 99), publishSorted[publishSorted.length - 1]);
		if (pid != null) {
			System.out.printf("server heap after GC: before %d MB, with readers %d MB -> %.1f KB per reader%n",
					before.heapKb / 1024, held.heapKb / 1024, (held.heapKb - before.heapKb) / (double) readers);
			System.out.printf("server RSS: before %d MB, with readers %d MB -> %.1f KB per reader%n",
					before.rssKb / 1024, held.rssKb / 1024, (held.rssKb - before.rssKb) / (double) readers);
			System.out.printf("with readers, after the entries: heap after GC %d MB (was %d MB), RSS %d MB (was %d MB), "
					+ "open sockets %d (was %d)%n", atEnd.heapKb / 1024, held.heapKb / 1024, atEnd.rssKb / 1024,
					held.rssKb / 1024, atEnd.sockets, held.sockets);
		}
		System.exit(0);
	}

	/**
	 * With --connected-file, says the readers are connected by creating that file, then (with --go-file) waits
	 * for that one, at most a minute: another load (bench/spike.sh's wrk) starts in between.
	 */
	static void awaitGo(Map<String, String> options) throws Exception {
		if (options.containsKey("connected-file")) {
			Files.writeString(Path.of(options.get("connected-file")), "connected\n");
		}
		if (options.containsKey("go-file")) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (!Files.exists(Path.of(options.get("go-file"))) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}
	}

	static long percentile(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	static Map<String, String> options(String[] args) {
		var map = new java.util.HashMap<String, String>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return map;
	}

	/** One reader: a plain socket speaking just enough HTTP/1.1 and SSE, on a virtual thread. */
	static final class Reader implements Runnable {

		final URI base;

		final String path;

		final AtomicLongArray receivedAt;

		final AtomicInteger received = new AtomicInteger();

		final CountDownLatch connected;

		volatile boolean open = true;

		volatile boolean connectedOk;

		Socket socket;

		Reader(URI base, String path, int entries, CountDownLatch connected) {
			this.base = base;
			this.path = path;
			this.receivedAt = new AtomicLongArray(entries);
			this.connected = connected;
		}

		@Override
		public void run() {
			try (Socket s = new Socket()) {
				this.socket = s;
				s.connect(new InetSocketAddress(this.base.getHost(), this.base.getPort()), 10_000);
				OutputStream out = s.getOutputStream();
				out.write(("GET " + this.path + " HTTP/1.1\r\nHost: " + this.base.getHost() + "\r\n"
						+ "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
				String line;
				while ((line = in.readLine()) != null) {
					if (!this.connectedOk && line.startsWith(":connected")) {
						this.connectedOk = true;
						this.connected.countDown();
					}
					else if (line.startsWith("data:")) {
						Matcher mark = MARK.matcher(line);
						if (mark.find()) {
							int i = Integer.parseInt(mark.group(1));
							if (i < this.receivedAt.length() && this.receivedAt.compareAndSet(i, 0, System.nanoTime())) {
								this.received.incrementAndGet();
							}
						}
					}
				}
			}
			catch (Exception ex) {
				// closed
			}
			finally {
				if (!this.connectedOk) {
					this.connected.countDown();
				}
				this.open = false;
			}
		}

		void close() {
			try {
				if (this.socket != null) {
					this.socket.close();
				}
			}
			catch (Exception ex) {
				// closing
			}
		}

	}

	/** The demo editor in the back office, publishing through the composer form like a person. */
	record Editor(HttpClient client, URI base, String slug, String csrf) {

		static Editor signIn(URI base, String username, String password, String slug) throws Exception {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String login = client.send(HttpRequest.newBuilder(base.resolve("/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			post(client, base.resolve("/admin/login"), Map.of("username", username, "password", password,
					"_csrf", csrf(login)));
			String composer = client.send(HttpRequest.newBuilder(base.resolve("/admin/live/" + slug)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return new Editor(client, base, slug, csrf(composer));
		}

		void publish(String body) throws Exception {
			int status = post(this.client, this.base.resolve("/admin/live/" + this.slug + "/entries"),
					Map.of("body", body, "action", "publish", "submissionToken", UUID.randomUUID().toString(),
							"_csrf", this.csrf));
			if (status != 302) {
				throw new IllegalStateException("Publishing answered " + status);
			}
		}

		static int post(HttpClient client, URI uri, Map<String, String> form) throws Exception {
			String body = String.join("&", form.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.toList());
			return client.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		static String csrf(String html) {
			Matcher matcher = CSRF.matcher(html);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the page: is the demo editor there?");
			}
			return matcher.group(1);
		}

	}

	/** The server's heap after a full GC and its resident memory, through jcmd and /proc. */
	record Memory(long heapKb, long rssKb, long sockets) {

		static Memory of(String pid) throws Exception {
			if (pid == null) {
				return new Memory(0, 0, 0);
			}
			run("jcmd", pid, "GC.run");
			String info = run("jcmd", pid, "GC.heap_info");
			Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
			long heap = used.find() ? Long.parseLong(used.group(1)) : 0;
			long rss = Files.readAllLines(Path.of("/proc", pid, "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
			long sockets;
			try (var fds = Files.list(Path.of("/proc", pid, "fd"))) {
				sockets = fds.filter((fd) -> {
					try {
						return Files.readSymbolicLink(fd).toString().startsWith("socket:");
					}
					catch (Exception ex) {
						return false;
					}
				}).count();
			}
			return new Memory(heap, rss, sockets);
		}

		static String run(String... command) throws Exception {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			return out;
		}

	}

}
