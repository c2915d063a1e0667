package news.liveblog.live;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Meter;
import jakarta.servlet.AsyncContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The open pages of this instance, per blog, and the fan-out to them.
 * <p>
 * Each change is loaded and rendered once, on one fan-out thread, then handed to the readers by a writer
 * thread per core, each to its own share of them; nothing here waits for a reader's network. A blog's
 * channel keeps its recent events, so a reconnecting browser usually resumes from memory rather than the
 * database.
 */
@Component
public class LiveStreams implements SmartLifecycle, DisposableBean {

	/** Further behind than this, a reader is told to reload rather than replayed. */
	static final int MAX_REPLAY = 500;

	/** Recent events kept per blog for resuming readers: as far back as a reader is ever replayed. */
	static final int RECENT_EVENTS = MAX_REPLAY;

	private static final Logger logger = LoggerFactory.getLogger(LiveStreams.class);

	private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

	/** Blogs being looked up by slug for arriving readers, so that a crowd waits for one query. */
	private final Map<String, CompletableFuture<Optional<LiveBlog>>> lookups = new ConcurrentHashMap<>();

	private final ExecutorService fanOut = Executors.newSingleThreadExecutor(Thread.ofPlatform()
		.name("live-fan-out")
		.daemon()
		.factory());

	/**
	 * The threads that write the events to the readers, each to its own share of every blog's readers, so
	 * that an event goes out on every core: on one thread, writing an event to 19,000 readers took about a
	 * second on 2 cores, nearly all of it in the sockets' writes (bench/sse-fanout.sh), longer than the time
	 * between two entries in a busy hour. Each thread hands out the events in the order it was given them,
	 * and a reader stays in its share, so every reader still gets its blog's events in order.
	 */
	private final Writer[] writers;

	private final LiveBlogs liveBlogs;

	private final ChangeLog changeLog;

	private final LiveEvents events;

	private final LiveMetrics metrics;

	private final LiveEvent heartbeat;

	LiveStreams(LiveBlogs liveBlogs, ChangeLog changeLog, LiveEvents events, LiveMetrics metrics,
			@Value("${liveblog.live.writer-threads:0}") int writerThreads,
			@Value("${liveblog.live.heartbeat:PT20S}") Duration heartbeat) {
		int writing = (writerThreads > 0) ? writerThreads : Runtime.getRuntime().availableProcessors();
		this.writers = new Writer[writing];
		for (int i = 0; i < writing; i++) {
			this.writers[i] = new Writer("live-writer-" + i);
		}
		this.liveBlogs = liveBlogs;
		this.changeLog = changeLog;
		this.events = events;
		this.metrics = metrics;
		this.heartbeat = LiveEvent.heartbeat(heartbeat);
	}

	/**
	 * Opens a stream for a reader who has seen the blog up to change {@code since}: what came after is
	 * replayed in order, then each change as it commits, with no gap and nothing twice.
	 */
	void open(LiveBlog blog, long since, AsyncContext async) throws IOException {
		open(blog, since, (onClose) -> new ServletLiveReader(async, since, onClose));
	}

	/** Makes a reader that tells {@code onClose} when its stream ends. */
	@FunctionalInterface
	interface ReaderOpening {

		LiveReader open(Consumer<LiveReader> onClose) throws IOException;

	}

	/** {@link #open(LiveBlog, long, AsyncContext)}, for a reader of any kind. */
	void open(LiveBlog blog, long since, ReaderOpening opening) throws IOException {
		Channel channel = this.channels.get(blog.getId());
		if (channel == null) {
			channel = this.channels.computeIfAbsent(blog.getId(),
					(id) -> new Channel(id, this.changeLog.current(id), blog, this.events, this.writers.length));
			// A change that committed while the channel was being made may have been announced before it
			// existed: look once more.
			changed(blog.getId());
		}
		Channel joined = channel;
		LiveReader reader = opening.open((leaving) -> leave(joined, leaving));
		reader.greet();
		List<LiveEvent> recent;
		long current;
		synchronized (joined) {
			// Joining and reading the recent events under the channel's lock: every change is then either
			// in what we read or comes through the reader's queue (or both; the reader skips repeats).
			joined.join(reader);
			current = joined.lastBroadcast;
			recent = joined.recentAfter(since);
		}
		countReaders(joined);
		if (recent != null) {
			// From memory: no thread, no query.
			reader.stream(recent);
			return;
		}
		Thread.ofVirtual().name("live-replay-" + blog.getSlug()).start(() -> {
			List<LiveEvent> missed;
			try {
				missed = joined.backfill(since, () -> replay(blog, since, current));
			}
			catch (RuntimeException ex) {
				// No replay (the database is busy or away): end the stream, so the browser reconnects and
				// resumes from its last event id rather than wait on a stream that skipped changes.
				reader.close();
				return;
			}
			reader.stream(missed);
		});
	}

	/**
	 * The public blog behind a stream's address. While it has open readers here, as this instance last saw
	 * it; otherwise from the database, once for all the readers asking at the same moment: a reconnect
	 * storm costs one query, not one per reader.
	 */
	Optional<LiveBlog> publicBlog(String slug) {
		Optional<LiveBlog> here = publicBlogWithReadersHere(slug);
		if (here.isPresent()) {
			return here;
		}
		CompletableFuture<Optional<LiveBlog>> mine = new CompletableFuture<>();
		CompletableFuture<Optional<LiveBlog>> inFlight = this.lookups.putIfAbsent(slug, mine);
		if (inFlight != null) {
			return inFlight.join();
		}
		try {
			Optional<LiveBlog> blog = this.liveBlogs.findPublic(slug);
			mine.complete(blog);
			return blog;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.lookups.remove(slug, mine);
		}
	}

	/** The public blog behind a stream's address if it has open readers here, from memory; never a query. */
	Optional<LiveBlog> publicBlogWithReadersHere(String slug) {
		for (Channel channel : this.channels.values()) {
			LiveBlog blog = channel.blog;
			if (blog.getSlug().equals(slug) && blog.getStatus().isPublic()) {
				return Optional.of(blog);
			}
		}
		return Optional.empty();
	}

	private void leave(Channel channel, LiveReader reader) {
		channel.leave(reader);
		countReaders(channel);
	}

	/**
	 * Reports a blog's readers while it has any, and stops once it has none, so only blogs with open pages
	 * have a series. Called after every join and leave; the last call to run sees every change made before
	 * the calls, so the meter ends up right. Its own lock, not the channel's, which the fan-out holds while
	 * it hands out events.
	 */
	private void countReaders(Channel channel) {
		synchronized (channel.readersMeterLock) {
			boolean read = !channel.readers.isEmpty();
			if (read && channel.readersMeter == null) {
				channel.readersMeter = this.metrics.countReaders(channel.slug, channel.readers);
			}
			else if (!read && channel.readersMeter != null) {
				this.metrics.stopCounting(channel.readersMeter);
				channel.readersMeter = null;
			}
		}
	}

	/** A change committed, on this instance or another: send it and any before it not yet sent. */
	void changed(long liveBlogId) {
		this.fanOut.execute(() -> broadcast(liveBlogId));
	}

	/** After the notifications were interrupted: catch every channel up from the database. */
	void catchUpAll() {
		for (Long liveBlogId : this.channels.keySet()) {
			changed(liveBlogId);
		}
	}

	/** How many open pages this instance serves, per blog id. */
	public Map<Long, Integer> readers() {
		Map<Long, Integer> counts = new ConcurrentHashMap<>();
		this.channels.forEach((id, channel) -> counts.put(id, channel.readers.size()));
		return counts;
	}

	/**
	 * Every blog with a channel here, with its zone (as last loaded) and its open pages, those with none
	 * left included: what {@link ReadersNow} records for the blog's day.
	 */
	List<OpenPages> openPages() {
		List<OpenPages> open = new ArrayList<>(this.channels.size());
		this.channels.forEach((id, channel) -> open.add(new OpenPages(id, channel.blog.getTimeZone(), channel.readers.size())));
		return open;
	}

	/** A blog's open pages on this instance. */
	record OpenPages(long liveBlogId, ZoneId timeZone, int readers) {
	}

	@Scheduled(fixedRateString = "${liveblog.live.heartbeat:PT20S}")
	void heartbeat() {
		for (Channel channel : this.channels.values()) {
			handOut(channel, this.heartbeat);
		}
	}

	private List<LiveEvent> replay(LiveBlog blog, long since, long upTo) {
		if (upTo - since > MAX_REPLAY) {
			return List.of(LiveEvent.reset(upTo));
		}
		List<LiveEvent> missed = new ArrayList<>();
		for (LiveChange change : this.changeLog.after(blog.getId(), since, MAX_REPLAY)) {
			if (change.seq() > upTo) {
				break;
			}
			missed.add(this.events.of(blog, change));
		}
		return missed;
	}

	private void broadcast(long liveBlogId) {
		Channel channel = this.channels.get(liveBlogId);
		if (channel == null) {
			return;
		}
		try {
			LiveBlog blog = this.liveBlogs.find(liveBlogId).orElse(null);
			if (blog == null || !blog.getStatus().isPublic()) {
				// Back to draft: its readers must see nothing more of it. Their reconnects get a 404.
				this.channels.remove(liveBlogId, channel);
				closeAll(channel);
				return;
			}
			channel.blog = blog;
			List<LiveChange> changes;
			while (!(changes = this.changeLog.after(liveBlogId, channel.lastBroadcast, MAX_REPLAY)).isEmpty()) {
				for (LiveChange change : changes) {
					LiveEvent event = this.events.of(blog, change);
					synchronized (channel) {
						// Remembered before any reader is handed it: a reader joining from now on finds it in
						// the recent events, one who joined before is in a share when its writer gets to it.
						channel.remember(event);
					}
					handOut(channel, event);
					this.metrics.fannedOut(change.occurredAt());
				}
			}
		}
		catch (RuntimeException ex) {
			// The database may be away; the listener's reconnect catches this channel up later.
			logger.warn("Could not send the changes of blog {} to its readers: {}", liveBlogId, ex.getMessage());
		}
	}

	/** Gives every reader of the channel the event, each share on its own writer thread. */
	private void handOut(Channel channel, LiveEvent event) {
		for (int i = 0; i < this.writers.length; i++) {
			this.writers[i].handOut(channel.shares[i], event);
		}
	}

	private volatile boolean running;

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Shutting down: end every stream first, before the web server waits for open requests to finish
	 * (streams never would). Browsers reconnect, to another instance if there is one, and resume.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.channels.values().forEach(LiveStreams::closeAll);
	}

	private static void closeAll(Channel channel) {
		List.copyOf(channel.readers).forEach(LiveReader::close);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stopped before the web server's graceful shutdown (lifecycles stop from the highest phase down).
		return Integer.MAX_VALUE;
	}

	@Override
	public void destroy() {
		this.fanOut.shutdownNow();
		for (Writer writer : this.writers) {
			writer.thread.interrupt();
		}
		this.channels.values().forEach((channel) -> channel.readers.forEach(LiveReader::close));
	}

	/**
	 * A thread that hands events to its share of each blog's readers, in the order it was given them. When
	 * it falls behind (more events than it can write in the time between them), each reader is handed all
	 * that waited at once and writes them in one go: what costs is a write to each connection, not its size.
	 */
	private static final class Writer {

		private final BlockingQueue<HandOut> handOuts = new LinkedBlockingQueue<>();

		private final Thread thread;

		Writer(String name) {
			this.thread = Thread.ofPlatform().name(name).daemon().start(this::run);
		}

		void handOut(Set<LiveReader> share, LiveEvent event) {
			this.handOuts.add(new HandOut(share, event));
		}

		private void run() {
			List<HandOut> waiting = new ArrayList<>();
			while (true) {
				try {
					waiting.add(this.handOuts.take());
				}
				catch (InterruptedException ex) {
					return; // shutting down
				}
				this.handOuts.drainTo(waiting);
				byShare(waiting).forEach((share, events) -> share.forEach((reader) -> handTo(reader, events)));
				waiting.clear();
			}
		}

		/** A reader's trouble is its own: it is dropped (its browser resumes), the others still get the events. */
		private static void handTo(LiveReader reader, List<LiveEvent> events) {
			try {
				reader.offer(events);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not hand a live reader its events; it is dropped", ex);
				reader.close();
			}
		}

		/** The events for each share (each blog's), in the order they came; shares told apart by identity. */
		private static Map<Set<LiveReader>, List<LiveEvent>> byShare(List<HandOut> handOuts) {
			Map<Set<LiveReader>, List<LiveEvent>> byShare = new IdentityHashMap<>();
			for (HandOut handOut : handOuts) {
				byShare.computeIfAbsent(handOut.share(), (share) -> new ArrayList<>(2)).add(handOut.event());
			}
			return byShare;
		}

		private record HandOut(Set<LiveReader> share, LiveEvent event) {
		}

	}

	/** One blog's readers on this instance and its recent events. */
	private static final class Channel {

		final long liveBlogId;

		/** The blog's slug when its first reader came: the tag of its readers' meter. */
		final String slug;

		final Set<LiveReader> readers = ConcurrentHashMap.newKeySet();

		/** The same readers, shared out among the writer threads: a reader's share is fixed by its identity. */
		final Set<LiveReader>[] shares;

		final Object readersMeterLock = new Object();

		/** The meter counting the readers while there are any, {@code null} while there are none. */
		Meter.Id readersMeter;

		private final Deque<LiveEvent> recent = new ArrayDeque<>();

		/** The newest change handed to the readers: the next broadcast starts after it. */
		volatile long lastBroadcast;

		/** One database replay at a time per blog; the readers waiting behind it then find it in memory. */
		private final ReentrantLock backfilling = new ReentrantLock();

		/** The blog as last loaded, for its slug and status. */
		volatile LiveBlog blog;

		/** What makes a remembered event say no more than is public now. */
		private final LiveEvents events;

		@SuppressWarnings("unchecked")
		Channel(long liveBlogId, long lastBroadcast, LiveBlog blog, LiveEvents events, int writers) {
			this.shares = new Set[writers];
			for (int i = 0; i < writers; i++) {
				this.shares[i] = ConcurrentHashMap.newKeySet();
			}
			this.liveBlogId = liveBlogId;
			this.slug = blog.getSlug();
			this.lastBroadcast = lastBroadcast;
			this.blog = blog;
			this.events = events;
		}

		void join(LiveReader reader) {
			this.readers.add(reader);
			shareOf(reader).add(reader);
		}

		void leave(LiveReader reader) {
			this.readers.remove(reader);
			shareOf(reader).remove(reader);
		}

		private Set<LiveReader> shareOf(LiveReader reader) {
			return this.shares[Math.floorMod(System.identityHashCode(reader), this.shares.length)];
		}

		/**
		 * Under the channel's lock. The remembered events are what readers who resume are replayed: those
		 * the new one makes out of date (the entry it retracts or corrects, the key events list it renews)
		 * are made again, once here rather than for every reader, so that no replay hands out what is no
		 * longer public.
		 */
		void remember(LiveEvent event) {
			List<LiveEvent> rewritten = new ArrayList<>(this.recent.size());
			boolean outOfDate = false;
			for (LiveEvent older : this.recent) {
				LiveEvent now = this.events.supersede(older, event);
				outOfDate |= now != older;
				rewritten.add(now);
			}
			if (outOfDate) {
				this.recent.clear();
				this.recent.addAll(rewritten);
			}
			this.recent.addLast(event);
			if (this.recent.size() > RECENT_EVENTS) {
				this.recent.removeFirst();
			}
			this.lastBroadcast = event.seq();
		}

		/**
		 * Under the channel's lock: the remembered events after {@code since}, or {@code null} when memory
		 * does not reach back that far.
		 */
		List<LiveEvent> recentAfter(long since) {
			if (since >= this.lastBroadcast) {
				return List.of();
			}
			LiveEvent oldest = this.recent.peekFirst();
			if (oldest == null || oldest.seq() > since + 1) {
				return null;
			}
			return this.recent.stream().filter((event) -> event.seq() > since).toList();
		}

		/**
		 * The events after {@code since} when memory does not reach back that far: the first reader to ask
		 * loads them from the database and keeps them here, so that a reconnect storm (every reader of a
		 * fresh instance resuming at once) costs one replay, not one per reader.
		 */
		List<LiveEvent> backfill(long since, Supplier<List<LiveEvent>> fromDatabase) {
			this.backfilling.lock();
			try {
				synchronized (this) {
					List<LiveEvent> remembered = recentAfter(since);
					if (remembered != null) {
						return remembered;
					}
				}
				List<LiveEvent> loaded = fromDatabase.get();
				synchronized (this) {
					keepOlder(loaded);
				}
				return loaded;
			}
			finally {
				this.backfilling.unlock();
			}
		}

		/** Under the channel's lock: adds replayed events older than the remembered ones, in order. */
		private void keepOlder(List<LiveEvent> replayed) {
			if (replayed.stream().anyMatch((event) -> event.name().equals("reset"))) {
				return; // not changes: the reader was too far behind to replay
			}
			long oldest = this.recent.isEmpty() ? this.lastBroadcast + 1 : this.recent.peekFirst().seq();
			List<LiveEvent> older = replayed.stream().filter((event) -> event.seq() < oldest).toList();
			// Only a run that joins up with what is remembered keeps the memory gap-free.
			if (older.isEmpty() || older.getLast().seq() != oldest - 1) {
				return;
			}
			for (int i = older.size() - 1; i >= 0 && this.recent.size() < RECENT_EVENTS; i--) {
				// Loaded before the remembered ones were made, maybe before a retraction among them.
				LiveEvent current = older.get(i);
				for (LiveEvent newer : this.recent) {
					current = this.events.supersede(current, newer);
				}
				this.recent.addFirst(current);
			}
		}
	}

}
