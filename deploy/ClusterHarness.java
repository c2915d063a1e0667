// Checks a running local cluster (deploy/local-cluster.sh) the way an audience and a newsroom use it, and
// prints PASS or FAIL with the numbers; exits 1 on FAIL. Run it through deploy/cluster-harness.sh.
//
// Phase 1, fan-out: readers on every instance directly and through nginx; the demo editor, signed in
// through nginx, publishes entries whose requests the balancer spreads over the instances. Every reader
// must get every entry within 1 s of its publishing.
// Phase 2, fail-over: readers and a feed-page load through nginx, the editor publishing on; one instance is
// killed with SIGKILL, then started again. No reader may miss an entry (they resume with Last-Event-ID, as
// browsers do), no page request may fail beyond what nginx retries, and every entry is published once
// (a publish cut off by the kill is sent again with its one-time token).
//
// Loopback only, bounded in readers, entries and time; it stops by itself. JDK 21+, no dependencies.

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ClusterHarness {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern MARK = Pattern.compile("harness-(\\d+)-(\\d+)-mark");

	/** Publish-to-receive time every reader must meet in phase 1. */
	static final long FAN_OUT_BOUND_MS = 1000;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		URI balancer = URI.create(options.getOrDefault("balancer", "http://127.0.0.1:8380"));
		List<URI> instances = new ArrayList<>();
		for (String port : options.getOrDefault("instance-ports", "8381,8382,8383").split(",")) {
			instances.add(URI.create("http://127.0.0.1:" + port.strip()));
		}
		for (URI uri : concat(List.of(balancer), instances)) {
			if (!uri.getHost().startsWith("127.") && !uri.getHost().equals("localhost")) {
				throw new IllegalArgumentException("The harness only ever targets loopback addresses");
			}
		}
		int readersPerEndpoint = Integer.parseInt(options.getOrDefault("readers-per-endpoint", "100"));
		int entries = Integer.parseInt(options.getOrDefault("entries", "20"));
		int failOverReaders = Integer.parseInt(options.getOrDefault("failover-readers", "200"));
		int killed = Integer.parseInt(options.getOrDefault("kill-instance", "2"));
		String cluster = options.getOrDefault("cluster-script", "deploy/local-cluster.sh");

		// A blog of the harness's own, so the demo blog is left as it is.
		String slug = "harness-" + System.currentTimeMillis();
		Newsroom.signIn(balancer, "admin", "admin").openBlog(slug);
		Newsroom editor = Newsroom.signIn(balancer, "editor", "editor");
		System.out.printf("blog /live/%s; balancer %s; instances %s%n", slug, balancer, instances);

		boolean fanOutPassed = fanOut(balancer, instances, slug, editor, readersPerEndpoint, entries);
		boolean failOverPassed = failOver(balancer, instances, slug, editor, failOverReaders, killed, cluster);

		boolean passed = fanOutPassed && failOverPassed;
		System.out.println(passed ? "PASS" : "FAIL");
		System.exit(passed ? 0 : 1);
	}

	// Phase 1

	static boolean fanOut(URI balancer, List<URI> instances, String slug, Newsroom editor, int perEndpoint,
			int entries) throws Exception {
		System.out.println();
		System.out.println("== Phase 1: fan-out, " + perEndpoint + " readers on each instance and " + perEndpoint
				+ " through nginx, " + entries + " entries published through nginx ==");
		Map<String, List<Reader>> groups = new LinkedHashMap<>();
		List<Reader> all = new ArrayList<>();
		for (URI endpoint : concat(instances, List.of(balancer))) {
			String name = endpoint.equals(balancer) ? "via nginx :" + endpoint.getPort() : "instance :" + endpoint.getPort();
			List<Reader> group = connect(endpoint, slug, 1, entries, perEndpoint);
			groups.put(name, group);
			all.addAll(group);
		}
		if (!awaitConnected(all, Duration.ofSeconds(90))) {
			System.out.println("FAIL: not every reader connected within 90 s");
			return false;
		}
		// Unmeasured warm-up entries: the instances' JIT as in a server that has run a while.
		for (int i = 0; i < 3; i++) {
			editor.publish(slug, "Warm-up update " + i + ".");
			pause(300);
		}
		Map<String, Integer> publishedVia = new TreeMap<>();
		long[] publishedAt = new long[entries];
		for (int i = 0; i < entries; i++) {
			publishedAt[i] = System.nanoTime();
			Publish publish = editor.publish(slug, "Fan-out update harness-1-" + i + "-mark: the summit goes on.");
			publishedVia.merge(publish.upstream(), 1, Integer::sum);
			pause(500);
		}
		awaitDelivered(all, entries, Duration.ofSeconds(15));

		boolean passed = true;
		int missed = 0;
		int late = 0;
		for (var group : groups.entrySet()) {
			Deliveries deliveries = Deliveries.of(group.getValue(), publishedAt);
			missed += deliveries.missed;
			late += deliveries.over(FAN_OUT_BOUND_MS);
			System.out.printf("  %-20s readers %4d  deliveries %5d  missed %d  over 1 s %d  latency ms p50 %4d  p99 %4d  max %4d%n",
					group.getKey(), group.getValue().size(), deliveries.latencies.length, deliveries.missed,
					deliveries.over(FAN_OUT_BOUND_MS), deliveries.percentile(50), deliveries.percentile(99),
					deliveries.max());
		}
		Deliveries overall = Deliveries.of(all, publishedAt);
		System.out.printf("  %-20s readers %4d  deliveries %5d  missed %d  over 1 s %d  latency ms p50 %4d  p99 %4d  max %4d%n",
				"all", all.size(), overall.latencies.length, overall.missed, overall.over(FAN_OUT_BOUND_MS),
				overall.percentile(50), overall.percentile(99), overall.max());
		System.out.printf("  slowest reader: max %d ms; duplicates %d%n", overall.worstReaderMax(),
				duplicates(all));
		System.out.println("  editor's publishes answered by " + publishedVia);
		if (missed > 0 || late > 0 || duplicates(all) > 0) {
			System.out.println("  phase 1 FAIL: every reader must get every entry once within 1 s");
			passed = false;
		}
		if (publishedVia.size() < instances.size()) {
			System.out.println("  phase 1 FAIL: the publishes did not land on every instance");
			passed = false;
		}
		all.forEach(Reader::close);
		if (passed) {
			System.out.println("  phase 1 pass");
		}
		return passed;
	}

	// Phase 2

	static boolean failOver(URI balancer, List<URI> instances, String slug, Newsroom editor, int readerCount,
			int killed, String cluster) throws Exception {
		System.out.println();
		System.out.println("== Phase 2: fail-over, " + readerCount + " readers and a feed-page load through nginx; instance "
				+ killed + " (:" + instances.get(killed - 1).getPort() + ") killed with SIGKILL, then restarted ==");
		int maxEntries = 1000;
		List<Reader> readers = connect(balancer, slug, 2, maxEntries, readerCount);
		if (!awaitConnected(readers, Duration.ofSeconds(60))) {
			System.out.println("FAIL: not every reader connected within 60 s");
			return false;
		}
		Load load = Load.start(balancer, "/live/" + slug, 8);
		long[] publishedAt = new long[maxEntries];
		AtomicInteger published = new AtomicInteger();
		AtomicInteger stage = new AtomicInteger(); // 0 before the kill, 1 while down or restarting, 2 after
		load.stage = stage;
		AtomicBoolean restarted = new AtomicBoolean();
		long[] killAt = new long[1];
		long[] backAt = new long[1];
		Thread operator = Thread.ofPlatform().start(() -> {
			pause(3000);
			run(cluster, "kill-instance", Integer.toString(killed));
			killAt[0] = System.nanoTime();
			stage.set(1);
			pause(5000);
			run(cluster, "start-instance", Integer.toString(killed));
			// Healthy on its own port, which is when nginx's next try of it succeeds.
			if (awaitHealthy(instances.get(killed - 1), Duration.ofSeconds(300))) {
				backAt[0] = System.nanoTime();
				stage.set(2);
				restarted.set(true);
			}
		});
		int afterRestart = 0;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(420);
		while (published.get() < maxEntries && afterRestart < 30 && System.nanoTime() < deadline) {
			int i = published.get();
			publishedAt[i] = System.nanoTime();
			editor.publish(slug, "Fail-over update harness-2-" + i + "-mark.");
			published.incrementAndGet();
			if (restarted.get()) {
				afterRestart++;
			}
			pause(500);
		}
		operator.join(TimeUnit.SECONDS.toMillis(60));
		load.stop();
		int entries = published.get();
		long[] sent = java.util.Arrays.copyOf(publishedAt, entries);
		awaitDelivered(readers, entries, Duration.ofSeconds(20));

		Deliveries deliveries = Deliveries.of(readers, sent);
		int reconnects = readers.stream().mapToInt((r) -> r.connections.get() - 1).sum();
		System.out.printf("  instance %d down for %.1f s (killed, then start-instance until healthy)%n", killed,
				(backAt[0] - killAt[0]) / 1e9);
		System.out.printf("  entries published %d (%d after the restart), readers %d, deliveries %d, missed %d, duplicates %d%n",
				entries, afterRestart, readers.size(), deliveries.latencies.length, deliveries.missed, duplicates(readers));
		System.out.printf("  reader reconnects (Last-Event-ID through nginx) %d; latency ms p50 %d  p99 %d  max %d%n",
				reconnects, deliveries.percentile(50), deliveries.percentile(99), deliveries.max());
		System.out.println("  readers' instances now " + upstreams(readers));
		String[] stageNames = { "before the kill", "instance down or starting", "after the restart" };
		for (int s = 0; s < 3; s++) {
			System.out.printf("  feed-page load, %-26s requests %6d  non-2xx %d  errors %d  over 2 s %d (slowest %d ms)  answered by %s%n",
					stageNames[s], load.requests[s].get(), load.failed[s].get(), load.errors[s].get(), load.slow[s].get(),
					load.slowest[s].get(), load.upstreams[s]);
		}
		if (!load.slowBy.isEmpty()) {
			System.out.println("  pages over 2 s were answered by " + load.slowBy);
		}
		if (!load.failures.isEmpty()) {
			System.out.println("  feed-page load's failures: " + load.failures.subList(0, Math.min(10, load.failures.size())));
		}
		System.out.printf("  editor: publishes %d, answered with an error first %d (resent with the same token), failed for good %d%n",
				entries, editor.firstAttemptErrors.get(), editor.failures.get());
		if (!editor.errors.isEmpty()) {
			System.out.println("  editor's errors: " + editor.errors);
		}

		boolean passed = true;
		if (deliveries.missed > 0 || duplicates(readers) > 0) {
			System.out.println("  phase 2 FAIL: readers missed or got twice an entry");
			passed = false;
		}
		long loadProblems = 0;
		for (int s = 0; s < 3; s++) {
			loadProblems += load.failed[s].get() + load.errors[s].get();
		}
		if (loadProblems > 0) {
			System.out.println("  phase 2 FAIL: page requests failed through the balancer");
			passed = false;
		}
		if (editor.failures.get() > 0 || !restarted.get() || afterRestart == 0) {
			System.out.println("  phase 2 FAIL: publishing failed, or the instance did not come back");
			passed = false;
		}
		if (!load.upstreams[2].containsKey("127.0.0.1:" + instances.get(killed - 1).getPort())) {
			System.out.println("  phase 2 FAIL: the restarted instance got no requests from the balancer");
			passed = false;
		}
		readers.forEach(Reader::close);
		if (passed) {
			System.out.println("  phase 2 pass");
		}
		return passed;
	}

	// Readers

	static List<Reader> connect(URI endpoint, String slug, int phase, int entries, int count) {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Reader> readers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Reader reader = new Reader(client, endpoint.resolve("/live/" + slug + "/events"), phase, entries);
			readers.add(reader);
			Thread.ofVirtual().start(reader);
		}
		return readers;
	}

	static boolean awaitConnected(List<Reader> readers, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (readers.stream().allMatch((r) -> r.connected.getCount() == 0)) {
				return true;
			}
			pause(100);
		}
		return false;
	}

	static boolean awaitHealthy(URI instance, Duration within) {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (client.send(HttpRequest.newBuilder(instance.resolve("/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// not yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			pause(500);
		}
		return false;
	}

	static void awaitDelivered(List<Reader> readers, int entries, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline && readers.stream().anyMatch((r) -> r.received.get() < entries)) {
			pause(100);
		}
	}

	static int duplicates(List<Reader> readers) {
		return readers.stream().mapToInt((r) -> r.duplicates.get()).sum();
	}

	static Map<String, Integer> upstreams(List<Reader> readers) {
		Map<String, Integer> counts = new TreeMap<>();
		readers.forEach((r) -> counts.merge(String.valueOf(r.upstream), 1, Integer::sum));
		return counts;
	}

	/** One reader: an EventSource, reconnecting after the server's retry delay with Last-Event-ID. */
	static final class Reader implements Runnable {

		final HttpClient client;

		final URI uri;

		final int phase;

		final long[] receivedAt;

		final AtomicInteger received = new AtomicInteger();

		final AtomicInteger duplicates = new AtomicInteger();

		final AtomicInteger connections = new AtomicInteger();

		final CountDownLatch connected = new CountDownLatch(1);

		volatile boolean open = true;

		volatile String upstream;

		String lastEventId;

		long retryMillis = 3000;

		Reader(HttpClient client, URI uri, int phase, int entries) {
			this.client = client;
			this.uri = uri;
			this.phase = phase;
			this.receivedAt = new long[entries];
		}

		@Override
		public void run() {
			while (this.open) {
				try {
					HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
						.header("Accept", "text/event-stream")
						.timeout(Duration.ofHours(1));
					if (this.lastEventId != null) {
						request.header("Last-Event-ID", this.lastEventId);
					}
					HttpResponse<java.util.stream.Stream<String>> response = this.client.send(request.build(),
							HttpResponse.BodyHandlers.ofLines());
					this.upstream = response.headers().firstValue("X-Upstream").orElse(this.uri.getAuthority());
					if (response.statusCode() == 200) {
						this.connections.incrementAndGet();
						try (var lines = response.body()) {
							lines.takeWhile((line) -> this.open).forEach(this::line);
						}
					}
					else {
						response.body().close();
					}
				}
				catch (IOException | RuntimeException ex) {
					// The instance went away: reconnect as a browser does.
				}
				catch (InterruptedException ex) {
					return;
				}
				if (this.open) {
					pause(this.retryMillis);
				}
			}
		}

		private void line(String line) {
			if (line.startsWith(":connected")) {
				this.connected.countDown();
			}
			else if (line.startsWith("retry:")) {
				this.retryMillis = Long.parseLong(line.substring(6).strip());
			}
			else if (line.startsWith("id:")) {
				this.lastEventId = line.substring(3).strip();
			}
			else if (line.startsWith("data:")) {
				long now = System.nanoTime();
				Matcher mark = MARK.matcher(line);
				if (mark.find() && Integer.parseInt(mark.group(1)) == this.phase) {
					int i = Integer.parseInt(mark.group(2));
					synchronized (this) {
						if (i < this.receivedAt.length) {
							if (this.receivedAt[i] != 0) {
								this.duplicates.incrementAndGet();
							}
							else {
								this.receivedAt[i] = now;
								this.received.incrementAndGet();
							}
						}
					}
				}
			}
		}

		/** Ends the stream now (the readers of one group share a client, closed with them). */
		void close() {
			this.open = false;
			this.client.shutdownNow();
		}

	}

	/** Publish-to-receive times over a set of readers, and the entries they never got. */
	record Deliveries(long[] latencies, int missed, long[] readerMax) {

		static Deliveries of(Collection<Reader> readers, long[] publishedAt) {
			List<Long> latencies = new ArrayList<>();
			long[] readerMax = new long[readers.size()];
			int missed = 0;
			int r = 0;
			for (Reader reader : readers) {
				synchronized (reader) {
					for (int i = 0; i < publishedAt.length; i++) {
						long at = reader.receivedAt[i];
						if (at == 0) {
							missed++;
						}
						else {
							long ms = (at - publishedAt[i]) / 1_000_000;
							latencies.add(ms);
							readerMax[r] = Math.max(readerMax[r], ms);
						}
					}
				}
				r++;
			}
			return new Deliveries(latencies.stream().mapToLong(Long::longValue).sorted().toArray(), missed, readerMax);
		}

		long percentile(int p) {
			return (this.latencies.length == 0) ? -1
					: this.latencies[Math.min(this.latencies.length - 1, (int) Math.ceil(p / 100.0 * this.latencies.length) - 1)];
		}

		long max() {
			return (this.latencies.length == 0) ? -1 : this.latencies[this.latencies.length - 1];
		}

		int over(long bound) {
			int over = 0;
			for (long latency : this.latencies) {
				if (latency > bound) {
					over++;
				}
			}
			return over;
		}

		long worstReaderMax() {
			long worst = 0;
			for (long max : this.readerMax) {
				worst = Math.max(worst, max);
			}
			return worst;
		}

	}

	// The feed-page load

	/** Clients reading the blog's feed page in a loop through the balancer, counting what fails. */
	static final class Load {

		final AtomicLong[] requests = { new AtomicLong(), new AtomicLong(), new AtomicLong() };

		final AtomicLong[] failed = { new AtomicLong(), new AtomicLong(), new AtomicLong() };

		final AtomicLong[] errors = { new AtomicLong(), new AtomicLong(), new AtomicLong() };

		/** A page slower than this is counted apart (it still succeeded). */
		static final long SLOW_MS = 2000;

		final AtomicLong[] slow = { new AtomicLong(), new AtomicLong(), new AtomicLong() };

		final AtomicLong[] slowest = { new AtomicLong(), new AtomicLong(), new AtomicLong() };

		final ConcurrentMap<String, Integer> slowBy = new ConcurrentHashMap<>();

		@SuppressWarnings("unchecked")
		final ConcurrentMap<String, Integer>[] upstreams = new ConcurrentMap[] { new ConcurrentHashMap<>(),
				new ConcurrentHashMap<>(), new ConcurrentHashMap<>() };

		final List<String> failures = new CopyOnWriteArrayList<>();

		volatile AtomicInteger stage = new AtomicInteger();

		volatile boolean running = true;

		final List<Thread> threads = new ArrayList<>();

		static Load start(URI balancer, String path, int clients) {
			Load load = new Load();
			HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			// As patient as a browser, not more: a page that takes longer than this counts as an error.
			HttpRequest request = HttpRequest.newBuilder(balancer.resolve(path)).timeout(Duration.ofSeconds(30)).build();
			for (int c = 0; c < clients; c++) {
				load.threads.add(Thread.ofVirtual().start(() -> {
					while (load.running) {
						int s = load.stage.get();
						long start = System.nanoTime();
						try {
							HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
							long millis = (System.nanoTime() - start) / 1_000_000;
							load.requests[s].incrementAndGet();
							load.slowest[s].accumulateAndGet(millis, Math::max);
							if (millis > SLOW_MS) {
								load.slow[s].incrementAndGet();
								load.slowBy.merge(response.headers().firstValue("X-Upstream").orElse("?"), 1, Integer::sum);
							}
							load.upstreams[s].merge(response.headers().firstValue("X-Upstream").orElse("?"), 1,
									Integer::sum);
							if (response.statusCode() / 100 != 2) {
								load.failed[s].incrementAndGet();
								load.failures.add(response.statusCode() + " from "
										+ response.headers().firstValue("X-Upstream").orElse("?"));
							}
						}
						catch (IOException ex) {
							load.requests[s].incrementAndGet();
							load.errors[s].incrementAndGet();
							load.failures.add(ex.toString());
						}
						catch (InterruptedException ex) {
							return;
						}
						// Paced: the point is fail-over under traffic, not saturating two shared cores.
						pause(20);
					}
				}));
			}
			return load;
		}

		void stop() throws InterruptedException {
			this.running = false;
			for (Thread thread : this.threads) {
				thread.join(15_000);
			}
		}

	}

	// The newsroom

	record Publish(int status, String upstream) {
	}

	/** An account signed in through the balancer, using the back office like a person. */
	static final class Newsroom {

		final HttpClient client;

		final URI base;

		final String csrf;

		final AtomicInteger firstAttemptErrors = new AtomicInteger();

		final AtomicInteger failures = new AtomicInteger();

		final List<String> errors = new CopyOnWriteArrayList<>();

		Newsroom(HttpClient client, URI base, String csrf) {
			this.client = client;
			this.base = base;
			this.csrf = csrf;
		}

		static Newsroom signIn(URI base, String username, String password) throws Exception {
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			String login = client.send(HttpRequest.newBuilder(base.resolve("/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			HttpResponse<String> signedIn = post(client, base.resolve("/admin/login"),
					Map.of("username", username, "password", password, "_csrf", csrf(login)));
			if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("Signing in as " + username + " failed: is the demo account there?");
			}
			String dashboard = client.send(HttpRequest.newBuilder(base.resolve("/admin")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return new Newsroom(client, base, csrf(dashboard));
		}

		void openBlog(String slug) throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("slug", slug);
			form.put("title", "Cluster harness " + slug);
			form.put("summary", "Entries published by deploy/cluster-harness.sh.");
			form.put("language", "en");
			form.put("timeZone", "Europe/Brussels");
			form.put("status", "LIVE");
			form.put("_csrf", this.csrf);
			int status = post(this.client, this.base.resolve("/admin/blogs"), form).statusCode();
			if (status != 302) {
				throw new IllegalStateException("Opening the blog answered " + status);
			}
		}

		/**
		 * Publishes through the composer form. An answer other than the redirect (a 502 from a request cut off
		 * by an instance's death) or no answer is met by sending the same form again, one-time token and all,
		 * as the composer's "nothing lost" promise allows; the entry is still published once.
		 */
		Publish publish(String slug, String body) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("body", body);
			form.put("action", "publish");
			form.put("submissionToken", UUID.randomUUID().toString());
			form.put("_csrf", this.csrf);
			for (int attempt = 1; attempt <= 6; attempt++) {
				try {
					HttpResponse<String> response = post(this.client,
							this.base.resolve("/admin/live/" + slug + "/entries"), form);
					String upstream = response.headers().firstValue("X-Upstream").orElse("?");
					if (response.statusCode() == 302) {
						return new Publish(302, upstream);
					}
					this.errors.add(response.statusCode() + " from " + upstream);
				}
				catch (IOException ex) {
					this.errors.add(ex.getClass().getSimpleName());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
				if (attempt == 1) {
					this.firstAttemptErrors.incrementAndGet();
				}
				pause(500);
			}
			this.failures.incrementAndGet();
			return new Publish(0, "failed");
		}

		static HttpResponse<String> post(HttpClient client, URI uri, Map<String, String> form)
				throws IOException, InterruptedException {
			List<String> fields = new ArrayList<>();
			form.forEach((name, value) -> fields.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return client.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		static String csrf(String html) {
			Matcher matcher = CSRF.matcher(html);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the page");
			}
			return matcher.group(1);
		}

	}

	// Small things

	static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			process.waitFor(240, TimeUnit.SECONDS);
			System.out.println("  $ " + String.join(" ", command) + " -> " + out.replace("\n", "; "));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return map;
	}

}
