package news.liveblog.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.AsyncContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.account.SignedInEditor;
import news.liveblog.live.StreamQuota;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk streams open on this instance, and what they are sent: each change that their editor may hear
 * of, heartbeats so that proxies keep them open, and a word to refresh everything after this instance may
 * have missed changes. A stream ends when its session does (signed out, timed out, ended by an admin on any
 * instance): its page's reconnect is then refused, and the page stops.
 */
@Component
class DeskStreams implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DeskStreams.class);

	private static final byte[] HEARTBEAT = ":heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

	/** Changes may have been missed (the listening connection was down): refresh every region. */
	private static final byte[] RESYNC = "event:resync\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8);

	private final Set<DeskStream> open = ConcurrentHashMap.newKeySet();

	private final StreamQuota perSession;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JsonMapper json;

	private volatile boolean running;

	/**
	 * @param maxPerSession streams one session may hold open at once on an instance: one per open back-office
	 * tab, so a desk of several tabs is fine and a runaway script is not
	 */
	DeskStreams(FindByIndexNameSessionRepository<? extends Session> sessions, JsonMapper json,
			@Value("${liveblog.desk.max-streams-per-session:10}") int maxPerSession) {
		this.sessions = sessions;
		this.json = json;
		this.perSession = new StreamQuota(maxPerSession);
	}

	/** Counts one more stream for the session, unless it holds as many as it may already. */
	boolean tryOpen(String sessionId) {
		return this.perSession.tryOpen(sessionId);
	}

	/** A stream of the session ended, however. */
	void closed(String sessionId) {
		this.perSession.closed(sessionId);
	}

	void open(SignedInEditor editor, String sessionId, AsyncContext async) throws IOException {
		DeskStream stream = new DeskStream(async, editor, sessionId, this.open::remove);
		// Counted before its greeting tells the browser it is open: whatever commits from then on reaches it
		// (waiting in its queue until its writer starts).
		this.open.add(stream);
		try {
			stream.greet();
		}
		catch (IOException | RuntimeException ex) {
			stream.close();
			throw ex;
		}
		stream.start();
	}

	/** Told by the database, for a change committed on any instance. */
	void changed(DeskChange change) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("blog", change.blogId());
		data.put("kind", change.kind());
		if (change.entryId() != null) {
			data.put("entryId", change.entryId());
		}
		// Only which blog changed and how: never an entry's text, nor who wrote it.
		byte[] frame = ("event:change\ndata:" + this.json.writeValueAsString(data) + "\n\n")
			.getBytes(StandardCharsets.UTF_8);
		for (DeskStream stream : this.open) {
			if (stream.hears(change)) {
				stream.offer(frame);
			}
		}
	}

	/** After the listening connection was down: every page refreshes what it shows. */
	void mayHaveMissedChanges() {
		this.open.forEach((stream) -> stream.offer(RESYNC));
	}

	/**
	 * Keeps idle streams open through proxies, and ends those whose session has ended: looked up once per
	 * session, in the sessions every instance shares. While the database does not answer, sessions cannot be
	 * told apart from ended ones: the streams then stay open until it does.
	 */
	@Scheduled(fixedRateString = "${liveblog.desk.heartbeat:PT20S}")
	void heartbeat() {
		Map<String, Boolean> signedIn = new HashMap<>();
		boolean databaseAnswers = true;
		for (DeskStream stream : List.copyOf(this.open)) {
			if (databaseAnswers && !signedIn.containsKey(stream.sessionId())) {
				try {
					signedIn.put(stream.sessionId(), this.sessions.findById(stream.sessionId()) != null);
				}
				catch (RuntimeException ex) {
					logger.warn("Could not tell whether the desk's sessions are still signed in: {}", ex.getMessage());
					databaseAnswers = false;
				}
			}
			if (Boolean.FALSE.equals(signedIn.get(stream.sessionId()))) {
				stream.close();
			}
			else {
				stream.offer(HEARTBEAT);
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Shutting down: every stream ends first, before the web server waits for open requests (these never end). */
	@Override
	public void stop() {
		this.running = false;
		List.copyOf(this.open).forEach(DeskStream::close);
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

}
