// Live fan-out benchmark: holds N server-sent-event readers on one blog of a running server (the app, or its
// peer nginx + Nchan), publishes M entries, and prints how fast each reached every reader, how fast readers
// arriving at once and readers resuming with Last-Event-ID were let in, and the server's memory per reader.
//
//   java bench/SseFanOut.java --target app --base http://127.0.0.1:8142 --slug SLUG --readers 19000 --entries 20
//        [--storm 10000] [--resume 10000] [--processes 4] [--interval-ms 500] [--server-pids PID,...]
//        [--save-events FILE] [--results FILE]
//   java bench/SseFanOut.java --target nchan --base http://127.0.0.1:8152 --events FILE ... (the same options)
//   java bench/SseFanOut.java --role compare APP_RESULTS NCHAN_RESULTS
//
// The readers live in several child processes of this one (--role readers, commands on their stdin, answers
// on their stdout), each below the per-process limit of open files and each binding its sockets to a source
// address of its own (127.0.0.2, 127.0.0.3, ...), so that no address runs out of ports. Nanosecond clocks are
// compared across processes: System.nanoTime is the machine's monotonic clock on Linux.
//
// Against the app, the entries are published through the back office as an editor would; one reader of this
// process keeps each entry's event bytes (--save-events). Against Nchan, its publisher is sent those very bytes
// as the event's data, named entry-published as the app's: both servers write the same bytes to their readers.
//
// Loopback only, bounded in readers, entries and time; it stops by itself. No dependencies: JDK 21+.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.InetAddress;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SseFanOut {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern MARK = Pattern.compile("bench-(\\d+)-mark");

	/** Entries published while the resuming readers are away: they must get them on their return. */
	static final int RESUME_ENTRIES = 2;

	/** How long readers arriving at once, or resuming, are waited for at most. */
	static final long ARRIVAL_TIMEOUT_MILLIS = 60_000;

	public static void main(String[] args) throws Exception {
		String role = (args.length > 1 && args[0].equals("--role")) ? args[1] : "run";
		switch (role) {
			case "readers" -> ReaderProcess.run(options(args));
			case "compare" -> Compare.print(Path.of(args[2]), Path.of(args[3]));
			default -> run(options(args));
		}
	}

	static void run(Map<String, String> options) throws Exception {
		URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8142"));
		if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
			throw new IllegalArgumentException("This benchmark only ever targets loopback addresses");
		}
		String target = options.getOrDefault("target", "app");
		boolean nchan = target.equals("nchan");
		int readers = Integer.parseInt(options.getOrDefault("readers", "19000"));
		int entries = Integer.parseInt(options.getOrDefault("entries", "20"));
		int storm = Math.min(readers, Integer.parseInt(options.getOrDefault("storm", "10000")));
		int resume = Math.min(readers, Integer.parseInt(options.getOrDefault("resume", "10000")));
		int processes = Integer.parseInt(options.getOrDefault("processes", Integer.toString(Math.max(1, (readers + 4999) / 5000))));
		String slug = options.getOrDefault("slug", "zelensky-otan-bruxelles");
		String pidList = options.getOrDefault("server-pids", options.get("server-pid"));
		List<String> pids = (pidList != null) ? List.of(pidList.split(",")) : List.of();
		long intervalMillis = Long.parseLong(options.getOrDefault("interval-ms", "500"));
		String path = nchan ? "/sub" : "/live/" + slug + "/events";
		int totalEntries = entries + RESUME_ENTRIES;
		Results results = new Results(target);
		results.put("readers", readers);
		results.put("processes", processes);

		Publisher publisher;
		EventCapture capture = null;
		if (nchan) {
			publisher = new NchanPublisher(base, EventCapture.load(Path.of(options.get("events"))));
		}
		else {
			capture = new EventCapture(base, path);
			Thread.ofVirtual().start(capture);
			capture.streaming.await(30, TimeUnit.SECONDS);
			publisher = null; // signed in once the readers are in: its connection does not wait idle through their arrival
		}

		Memory before = Memory.of(pids);
		List<ReaderProcess.Child> children = new ArrayList<>();
		for (int p = 0; p < processes; p++) {
			children.add(ReaderProcess.Child.start(base, path, "127.0.0." + (2 + p), totalEntries));
		}
		ask(children, "ping"); // each child compiled and listening: its start-up is not the server's time
		// Readers already there, then readers arriving all at once (breaking news, a deploy's reconnects).
		int already = readers - storm;
		results.put("already.ms", arrive(children, already, "already there", results, "already"));
		results.put("storm.ms", arrive(children, storm, "arriving at once", results, "storm"));
		Memory held = Memory.of(pids);
		Thread.sleep(1000L * Integer.parseInt(options.getOrDefault("hold-seconds", "0")));
		awaitGo(options); // bench/spike.sh: the readers' arrival stays out of what it measures
		if (publisher == null) {
			publisher = Editor.signIn(base, "editor", "editor", slug);
		}

		// Each run's texts its own: the composer takes the same text again within minutes for a slip (422).
		String run = Long.toString(System.currentTimeMillis() % 1_000_000);
		// A few unmeasured entries first: the server's JIT warms up as it would in a long-running instance.
		for (int i = 0; i < 5; i++) {
			publisher.publish("Warm-up update " + i + " of run " + run + ".", -1);
			Thread.sleep(500);
		}
		long[] publishedAt = new long[totalEntries];
		long[] publishMillis = new long[entries];
		for (int i = 0; i < entries; i++) {
			publishedAt[i] = System.nanoTime();
			publisher.publish("Benchmark update bench-" + i + "-mark of run " + run + ": the summit goes on.", i);
			publishMillis[i] = (System.nanoTime() - publishedAt[i]) / 1_000_000;
			Thread.sleep(intervalMillis); // by default one entry every half second, a busy live blog
		}
		// Wait (bounded) for the last entry to reach everyone still connected.
		ask(children, "wait 0 " + entries + " 30000");
		Memory atEnd = Memory.of(pids);
		Latencies delivered = Latencies.merge(ask(children, "report 0 " + entries + " " + nanos(publishedAt, 0, entries)));

		// Resuming: readers leave, entries are published while they are away, they come back at once with
		// their Last-Event-ID and must be let in and replayed what they missed.
		ask(children, "drop " + share(resume, children.size()));
		for (int i = entries; i < totalEntries; i++) {
			publishedAt[i] = System.nanoTime();
			publisher.publish("Benchmark update bench-" + i + "-mark of run " + run + ": while they were away.", i);
			Thread.sleep(intervalMillis);
		}
		ask(children, "wait " + entries + " " + totalEntries + " 30000");
		long resumeStart = System.nanoTime();
		List<String> back = ask(children, "reopen " + entries + " " + totalEntries);
		long lastStreaming = 0;
		long lastCaughtUp = 0;
		long resumed = 0;
		long resumeFailed = 0;
		for (String answer : back) {
			String[] parts = answer.split(" ");
			resumed += Long.parseLong(parts[1]);
			resumeFailed += Long.parseLong(parts[2]);
			lastStreaming = Math.max(lastStreaming, Long.parseLong(parts[3]));
			lastCaughtUp = Math.max(lastCaughtUp, Long.parseLong(parts[4]));
		}
		Latencies whileAway = Latencies.merge(ask(children, "report " + entries + " " + totalEntries + " "
				+ nanos(publishedAt, entries, totalEntries)));
		for (ReaderProcess.Child child : children) {
			child.quit();
		}
		if (capture != null && options.containsKey("save-events")) {
			capture.save(Path.of(options.get("save-events")));
		}

		long[] sorted = delivered.sorted();
		System.out.printf("[%s] entries published %d, deliveries %d, missed %d%n", target, entries, sorted.length,
				delivered.missed);
		if (sorted.length > 0) {
			System.out.printf("[%s] publish-to-receive latency ms: p50 %d  p99 %d  max %d%n", target,
					percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
			results.put("p50", percentile(sorted, 50));
			results.put("p99", percentile(sorted, 99));
			results.put("max", sorted[sorted.length - 1]);
		}
		results.put("missed", delivered.missed);
		// The publisher's side: how long the publish request took, from sending it to its answer.
		long[] publishSorted = Arrays.stream(publishMillis).sorted().toArray();
		System.out.printf("[%s] publish request ms: p50 %d  p99 %d  max %d%n", target, percentile(publishSorted, 50),
				percentile(publishSorted, 99), publishSorted[publishSorted.length - 1]);
		long resumeStreamingMillis = (lastStreaming - resumeStart) / 1_000_000;
		long resumeCaughtUpMillis = (lastCaughtUp - resumeStart) / 1_000_000;
		System.out.printf("[%s] resuming with Last-Event-ID: %d readers back (%d failed), all streaming in %d ms, "
				+ "all replayed the %d entries they missed in %d ms; missed %d%n", target, resumed, resumeFailed,
				resumeStreamingMillis, RESUME_ENTRIES, resumeCaughtUpMillis, whileAway.missed);
		results.put("resume.readers", resumed);
		results.put("resume.failed", resumeFailed);
		results.put("resume.ms", resumeStreamingMillis);
		results.put("resume.caughtup.ms", resumeCaughtUpMillis);
		results.put("resume.missed", whileAway.missed);
		if (!pids.isEmpty()) {
			double heapPerReader = (held.heapKb - before.heapKb) / (double) readers;
			double rssPerReader = (held.rssKb - before.rssKb) / (double) readers;
			if (held.heapKb > 0) {
				System.out.printf("[%s] server heap after GC: before %d MB, with readers %d MB -> %.1f KB per reader%n",
						target, before.heapKb / 1024, held.heapKb / 1024, heapPerReader);
				results.put("heap.kb", String.format("%.1f", heapPerReader));
			}
			System.out.printf("[%s] server RSS: before %d MB, with readers %d MB -> %.1f KB per reader%n", target,
					before.rssKb / 1024, held.rssKb / 1024, rssPerReader);
			System.out.printf("[%s] with readers, after the entries: RSS %d MB (was %d MB), open sockets %d (was %d)%n",
					target, atEnd.rssKb / 1024, held.rssKb / 1024, atEnd.sockets, held.sockets);
			results.put("rss.kb", String.format("%.1f", rssPerReader));
			results.put("sockets", held.sockets);
		}
		if (options.containsKey("results")) {
			results.save(Path.of(options.get("results")));
		}
		System.exit(0);
	}

	/** Sends {@code count} new readers at once, spread over the children; prints and returns the time until all stream. */
	static long arrive(List<ReaderProcess.Child> children, int count, String what, Results results, String key)
			throws IOException {
		if (count == 0) {
			return 0;
		}
		long start = System.nanoTime();
		long last = start;
		long opened = 0;
		long failed = 0;
		for (String answer : ask(children, "open " + share(count, children.size()))) {
			String[] parts = answer.split(" ");
			opened += Long.parseLong(parts[1]);
			failed += Long.parseLong(parts[2]);
			last = Math.max(last, Long.parseLong(parts[3]));
		}
		long millis = (last - start) / 1_000_000;
		System.out.printf("[%s] %d readers %s: %d streaming (%d failed) in %d ms%n", results.target, count, what,
				opened, failed, millis);
		results.put(key + ".readers", opened);
		results.put(key + ".failed", failed);
		return millis;
	}

	/** Each child's part of a count, as the same command for all: the first ones take the remainder. */
	static String share(int count, int children) {
		StringBuilder parts = new StringBuilder();
		for (int c = 0; c < children; c++) {
			parts.append(c == 0 ? "" : ",").append(count / children + ((c < count % children) ? 1 : 0));
		}
		return parts.toString();
	}

	/** Sends a command to every child at once and returns their answers, in order. */
	static List<String> ask(List<ReaderProcess.Child> children, String command) throws IOException {
		for (int c = 0; c < children.size(); c++) {
			children.get(c).send(command, c);
		}
		List<String> answers = new ArrayList<>();
		for (ReaderProcess.Child child : children) {
			answers.add(child.answer());
		}
		return answers;
	}

	static String nanos(long[] at, int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int i = from; i < to; i++) {
			out.append(i == from ? "" : ",").append(at[i]);
		}
		return out.toString();
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

	/** What publishes an entry: the app's back office, or Nchan's publisher location. */
	interface Publisher {

		/** @param index the measured entry's number, or -1 for a warm-up */
		void publish(String body, int index) throws Exception;

	}

	/** One run's figures, kept for the comparison. */
	record Results(String target, Properties values) {

		Results(String target) {
			this(target, new Properties());
		}

		void put(String key, Object value) {
			this.values.setProperty(key, String.valueOf(value));
		}

		void save(Path file) throws IOException {
			try (var out = Files.newBufferedWriter(file)) {
				this.values.store(out, this.target);
			}
		}

	}

	/** Latencies in milliseconds, as counts per millisecond, and the entries readers missed. */
	static final class Latencies {

		final TreeMap<Long, Long> counts = new TreeMap<>();

		long missed;

		static Latencies merge(List<String> answers) {
			Latencies all = new Latencies();
			for (String answer : answers) {
				String[] parts = answer.split(" ");
				all.missed += Long.parseLong(parts[1]);
				for (int i = 2; i < parts.length; i++) {
					String[] count = parts[i].split(":");
					all.counts.merge(Long.parseLong(count[0]), Long.parseLong(count[1]), Long::sum);
				}
			}
			return all;
		}

		long[] sorted() {
			long total = this.counts.values().stream().mapToLong(Long::longValue).sum();
			long[] sorted = new long[(int) total];
			int i = 0;
			for (var count : this.counts.entrySet()) {
				for (long n = 0; n < count.getValue(); n++) {
					sorted[i++] = count.getKey();
				}
			}
			return sorted;
		}

	}

	/**
	 * One process of readers (--role readers): opens, drops and reopens readers as its parent says on stdin,
	 * and answers each command with one line on stdout.
	 */
	static final class ReaderProcess {

		static void run(Map<String, String> options) throws Exception {
			URI base = URI.create(options.get("base"));
			InetAddress source = InetAddress.getByName(options.get("source"));
			String path = options.get("path");
			int entries = Integer.parseInt(options.get("entries"));
			List<Reader> all = new ArrayList<>();
			List<Reader> dropped = new ArrayList<>();
			PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
			System.setOut(System.err); // nothing else may write to the parent's channel
			BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			String line;
			while ((line = commands.readLine()) != null) {
				String[] command = line.split(" ");
				switch (command[0]) {
					case "open" -> {
						int count = Integer.parseInt(command[1]);
						List<Reader> arriving = new ArrayList<>();
						for (int i = 0; i < count; i++) {
							arriving.add(new Reader(base, source, path, entries, null));
						}
						all.addAll(arriving);
						out.println("opened " + startAll(arriving, -1, -1));
					}
					case "drop" -> {
						int count = Integer.parseInt(command[1]);
						dropped.clear();
						for (Reader reader : all) {
							if (dropped.size() == count) {
								break;
							}
							if (reader.open) {
								reader.close();
								dropped.add(reader);
							}
						}
						for (Reader reader : dropped) {
							reader.ended.await(10, TimeUnit.SECONDS);
						}
						out.println("dropped " + dropped.size());
					}
					case "reopen" -> {
						int from = Integer.parseInt(command[1]);
						int to = Integer.parseInt(command[2]);
						List<Reader> back = new ArrayList<>();
						for (Reader reader : dropped) {
							back.add(reader.resumed());
						}
						all.removeAll(dropped);
						all.addAll(back);
						out.println("reopened " + startAll(back, from, to));
					}
					case "wait" -> {
						int from = Integer.parseInt(command[1]);
						int to = Integer.parseInt(command[2]);
						long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(command[3]));
						while (System.nanoTime() < deadline && all.stream().anyMatch((r) -> r.open && !r.hasAll(from, to))) {
							Thread.sleep(50);
						}
						out.println("waited");
					}
					case "report" -> {
						int from = Integer.parseInt(command[1]);
						long[] publishedAt = Arrays.stream(command[3].split(",")).mapToLong(Long::parseLong).toArray();
						TreeMap<Long, Long> counts = new TreeMap<>();
						long missed = 0;
						for (Reader reader : all) {
							if (!reader.streamingOk) {
								continue; // never let in: counted as failed when it arrived
							}
							for (int i = 0; i < publishedAt.length; i++) {
								long at = reader.receivedAt.get(from + i);
								if (at == 0) {
									missed++;
								}
								else {
									counts.merge(Math.max(0, (at - publishedAt[i]) / 1_000_000), 1L, Long::sum);
								}
							}
						}
						StringBuilder answer = new StringBuilder("latencies ").append(missed);
						counts.forEach((ms, n) -> answer.append(' ').append(ms).append(':').append(n));
						out.println(answer);
					}
					case "ping" -> out.println("pong");
					case "quit" -> {
						all.forEach(Reader::close);
						out.println("bye");
						System.exit(0);
					}
					default -> out.println("unknown " + line);
				}
			}
			System.exit(0);
		}

		/**
		 * Starts the readers all at once and waits (bounded) until each streams, and when {@code from < to},
		 * until each has those entries too. Answers "ok failed lastStreamingNanos lastCaughtUpNanos".
		 */
		static String startAll(List<Reader> readers, int from, int to) throws InterruptedException {
			for (Reader reader : readers) {
				Thread.ofVirtual().start(reader);
			}
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ARRIVAL_TIMEOUT_MILLIS);
			for (Reader reader : readers) {
				reader.settled.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			long ok = 0;
			long lastStreaming = 0;
			long lastCaughtUp = 0;
			for (Reader reader : readers) {
				if (reader.streamingOk) {
					ok++;
					lastStreaming = Math.max(lastStreaming, reader.streamingAt);
				}
			}
			if (from < to) {
				while (System.nanoTime() < deadline && readers.stream().anyMatch((r) -> r.open && !r.hasAll(from, to))) {
					Thread.sleep(5);
				}
				for (Reader reader : readers) {
					for (int i = from; i < to; i++) {
						lastCaughtUp = Math.max(lastCaughtUp, reader.receivedAt.get(i));
					}
				}
			}
			return ok + " " + (readers.size() - ok) + " " + lastStreaming + " " + lastCaughtUp;
		}

		/** A child process of readers, as its parent sees it. */
		record Child(Process process, PrintStream commands, BufferedReader answers) {

			static Child start(URI base, String path, String source, int entries) throws IOException {
				String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
				// Run from the repository's root, as bench/sse-fanout.sh does.
				Process process = new ProcessBuilder(java, "-Xmx1g", "bench/SseFanOut.java", "--role", "readers", "--base",
						base.toString(), "--path", path, "--source", source, "--entries", Integer.toString(entries))
					.redirectError(ProcessBuilder.Redirect.INHERIT)
					.start();
				return new Child(process, new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8),
						new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
			}

			/** A command whose comma-separated count is each child's own: the child's part is sent. */
			void send(String command, int index) {
				String[] parts = command.split(" ");
				if (parts[0].equals("open") || parts[0].equals("drop")) {
					parts[1] = parts[1].split(",")[index];
				}
				this.commands.println(String.join(" ", parts));
			}

			String answer() throws IOException {
				String line = this.answers.readLine();
				if (line == null) {
					throw new IOException("a reader process ended");
				}
				return line;
			}

			void quit() throws Exception {
				this.commands.println("quit");
				this.process.waitFor(30, TimeUnit.SECONDS);
				this.process.destroy();
			}

		}

	}

	/** One reader: a plain socket speaking just enough HTTP/1.1 and SSE, on a virtual thread. */
	static final class Reader implements Runnable {

		final URI base;

		final InetAddress source;

		final String path;

		final AtomicLongArray receivedAt;

		final AtomicInteger received = new AtomicInteger();

		/** Counted down once the reader streams, or could not. */
		final CountDownLatch settled = new CountDownLatch(1);

		final CountDownLatch ended = new CountDownLatch(1);

		/** Sent on connecting: the id of the last event this reader had before it left. */
		final String lastEventId;

		volatile String lastId;

		volatile boolean open = true;

		volatile boolean streamingOk;

		volatile long streamingAt;

		volatile Socket socket;

		Reader(URI base, InetAddress source, String path, int entries, String lastEventId) {
			this.base = base;
			this.source = source;
			this.path = path;
			this.receivedAt = new AtomicLongArray(entries);
			this.lastEventId = lastEventId;
		}

		/** The same reader coming back, with what it had received, asking to resume after its last event. */
		Reader resumed() {
			Reader back = new Reader(this.base, this.source, this.path, this.receivedAt.length(), this.lastId);
			for (int i = 0; i < this.receivedAt.length(); i++) {
				back.receivedAt.set(i, this.receivedAt.get(i));
			}
			return back;
		}

		boolean hasAll(int from, int to) {
			for (int i = from; i < to; i++) {
				if (this.receivedAt.get(i) == 0) {
					return false;
				}
			}
			return true;
		}

		@Override
		public void run() {
			try (Socket s = new Socket()) {
				this.socket = s;
				if (this.source != null) {
					s.bind(new InetSocketAddress(this.source, 0));
				}
				s.connect(new InetSocketAddress(this.base.getHost(), this.base.getPort()), (int) ARRIVAL_TIMEOUT_MILLIS);
				OutputStream out = s.getOutputStream();
				out.write(("GET " + this.path + " HTTP/1.1\r\nHost: " + this.base.getHost() + "\r\n"
						+ "Accept: text/event-stream\r\n" + ((this.lastEventId != null) ? "Last-Event-ID: " + this.lastEventId + "\r\n" : "")
						+ "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8), 2048);
				String status = in.readLine();
				if (status == null || !status.startsWith("HTTP/1.1 200")) {
					return;
				}
				String line;
				while ((line = in.readLine()) != null && !line.isEmpty()) {
					// headers
				}
				while ((line = in.readLine()) != null) {
					if (line.startsWith(":")) {
						// The stream's first comment (the app's ":connected", Nchan's ": hi"): it is open.
						if (!this.streamingOk) {
							this.streamingAt = System.nanoTime();
							this.streamingOk = true;
							this.settled.countDown();
						}
					}
					else if (line.startsWith("id:")) {
						this.lastId = line.substring(3).strip();
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
				this.open = false;
				this.settled.countDown();
				this.ended.countDown();
			}
		}

		void close() {
			this.open = false;
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

	/** A reader of this process that keeps the data of each measured entry's event, as the app sent it. */
	static final class EventCapture implements Runnable {

		final URI base;

		final String path;

		final Map<Integer, String> data = new ConcurrentHashMap<>();

		final CountDownLatch streaming = new CountDownLatch(1);

		EventCapture(URI base, String path) {
			this.base = base;
			this.path = path;
		}

		@Override
		public void run() {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(this.base.getHost(), this.base.getPort()), 10_000);
				s.getOutputStream().write(("GET " + this.path + " HTTP/1.1\r\nHost: " + this.base.getHost()
						+ "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
				String line;
				String event = null;
				while ((line = in.readLine()) != null) {
					if (line.startsWith(":connected")) {
						this.streaming.countDown();
					}
					else if (line.startsWith("event:")) {
						event = line.substring(6);
					}
					else if (line.startsWith("data:") && "entry-published".equals(event)) {
						Matcher mark = MARK.matcher(line);
						if (mark.find()) {
							this.data.put(Integer.parseInt(mark.group(1)), line.substring(5));
						}
					}
				}
			}
			catch (IOException ex) {
				// closed
			}
		}

		void save(Path file) throws IOException {
			List<String> lines = new ArrayList<>();
			new TreeMap<>(this.data).forEach((i, json) -> lines.add(i + "\t" + json));
			Files.write(file, lines);
		}

		static Map<Integer, String> load(Path file) throws IOException {
			Map<Integer, String> data = new LinkedHashMap<>();
			for (String line : Files.readAllLines(file)) {
				int tab = line.indexOf('\t');
				data.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
			}
			return data;
		}

	}

	/** Nchan's publisher location, sent each entry's event data as the app wrote it, under the app's event name. */
	record NchanPublisher(HttpClient client, URI pub, Map<Integer, String> data) implements Publisher {

		NchanPublisher(URI base, Map<Integer, String> data) {
			this(HttpClient.newHttpClient(), base.resolve("/pub"), data);
		}

		@Override
		public void publish(String body, int index) throws Exception {
			String event = this.data.get(Math.max(index, 0));
			if (event == null) {
				throw new IllegalStateException("No event bytes saved from the app for entry " + index);
			}
			if (index < 0) {
				event = MARK.matcher(event).replaceAll("warmup-mark"); // never counted as a measured entry
			}
			int status = this.client.send(HttpRequest.newBuilder(this.pub)
				.header("X-EventSource-Event", "entry-published")
				.POST(HttpRequest.BodyPublishers.ofString(event))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status / 100 != 2) {
				throw new IllegalStateException("Nchan's publisher answered " + status);
			}
		}

	}

	/** The demo editor in the back office, publishing through the composer form like a person. */
	record Editor(HttpClient client, URI base, String slug, String csrf) implements Publisher {

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

		@Override
		public void publish(String body, int index) throws Exception {
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

	/**
	 * The server's memory: resident memory summed over its processes (/proc), and for a single JVM its heap
	 * after a full GC (jcmd), and its open sockets.
	 */
	record Memory(long heapKb, long rssKb, long sockets) {

		static Memory of(List<String> pids) throws Exception {
			long heap = 0;
			long rss = 0;
			long sockets = 0;
			for (String pid : pids) {
				String comm = Files.readString(Path.of("/proc", pid, "comm")).strip();
				if (comm.equals("java")) {
					run("jcmd", pid, "GC.run");
					Matcher used = Pattern.compile("used (\\d+)K").matcher(run("jcmd", pid, "GC.heap_info"));
					heap += used.find() ? Long.parseLong(used.group(1)) : 0;
				}
				rss += Files.readAllLines(Path.of("/proc", pid, "status"))
					.stream()
					.filter((line) -> line.startsWith("VmRSS:"))
					.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
					.findFirst()
					.orElse(0);
				try (var fds = Files.list(Path.of("/proc", pid, "fd"))) {
					sockets += fds.filter((fd) -> {
						try {
							return Files.readSymbolicLink(fd).toString().startsWith("socket:");
						}
						catch (Exception ex) {
							return false;
						}
					}).count();
				}
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

	/** Both runs side by side, with the app's figure over Nchan's. */
	static final class Compare {

		static void print(Path appFile, Path nchanFile) throws IOException {
			Properties app = load(appFile);
			Properties nchan = load(nchanFile);
			System.out.printf("%n%-52s %12s %12s %10s%n", "fan-out, " + app.getProperty("readers") + " readers", "app",
					"nginx+Nchan", "app/Nchan");
			row("readers already there: time to stream, ms", "already.ms", app, nchan);
			row("readers arriving at once: how many", "storm.readers", app, nchan);
			row("  failed", "storm.failed", app, nchan);
			row("  all streaming, ms", "storm.ms", app, nchan);
			row("publish-to-receive p50, ms", "p50", app, nchan);
			row("publish-to-receive p99, ms", "p99", app, nchan);
			row("publish-to-receive max, ms", "max", app, nchan);
			row("entries missed", "missed", app, nchan);
			row("RSS per reader, KB", "rss.kb", app, nchan);
			row("heap per reader (after GC), KB", "heap.kb", app, nchan);
			row("resuming with Last-Event-ID: how many", "resume.readers", app, nchan);
			row("  failed", "resume.failed", app, nchan);
			row("  all streaming, ms", "resume.ms", app, nchan);
			row("  all replayed what they missed, ms", "resume.caughtup.ms", app, nchan);
			row("  entries missed", "resume.missed", app, nchan);
		}

		static void row(String label, String key, Properties app, Properties nchan) {
			String a = app.getProperty(key, "-");
			String n = nchan.getProperty(key, "-");
			String ratio = "";
			try {
				double denominator = Double.parseDouble(n);
				if (denominator != 0) {
					ratio = String.format("%.2f", Double.parseDouble(a) / denominator);
				}
			}
			catch (NumberFormatException ex) {
				// not a number on one side
			}
			System.out.printf("%-52s %12s %12s %10s%n", label, a, n, ratio);
		}

		static Properties load(Path file) throws IOException {
			Properties values = new Properties();
			try (var in = Files.newBufferedReader(file)) {
				values.load(in);
			}
			return values;
		}

	}

}
