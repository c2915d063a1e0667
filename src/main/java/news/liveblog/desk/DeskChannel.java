package news.liveblog.desk;

import java.util.Optional;

import news.liveblog.blog.LiveBlogChanged;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryChanged;
import news.liveblog.live.NotificationChannel;
import news.liveblog.question.ReaderQuestionsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's own PostgreSQL channel: every change to an entry, whatever it is, and to a blog is sent on it
 * inside the change's transaction, so that every instance hears it once it commits (and none if it rolls
 * back), on the listening connection the public stream already has; each instance hands what it hears to
 * its {@link DeskStreams}.
 * <p>
 * Apart from the public change log on purpose: that one numbers only what readers may see, and replays it;
 * the desk also tells of drafts and submissions, and replays nothing (a page that may have missed something
 * refreshes its regions instead).
 */
@Component
class DeskChannel implements NotificationChannel {

	static final String NAME = "liveblog_desk";

	private final JdbcClient jdbc;

	private final Entries entries;

	private final DeskStreams streams;

	private final JsonMapper json;

	DeskChannel(JdbcClient jdbc, Entries entries, DeskStreams streams, JsonMapper json) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.streams = streams;
		this.json = json;
	}

	/** Any change to an entry: what it was is the event's kind, never decided here. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EntryChanged event) {
		// The entry as the change left it (the one in this transaction): who wrote it, and whether it is public.
		Optional<Entry> entry = this.entries.find(event.liveBlogId(), event.entryId());
		send(new DeskChange(event.liveBlogId(), event.change().name(), event.entryId(),
				entry.map(Entry::getAuthorId).orElse(null), entry.map(Entry::wasPublic).orElse(false)));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(LiveBlogChanged event) {
		send(new DeskChange(event.liveBlogId(), "BLOG_" + event.change().name(), null, null, false));
	}

	/** A question arrived or was decided on: the queue's region refreshes; nothing of the question is told. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReaderQuestionsChanged event) {
		send(new DeskChange(event.liveBlogId(), "QUESTIONS", null, null, false));
	}

	private void send(DeskChange change) {
		this.jdbc.sql("select pg_notify(?, ?)").params(NAME, this.json.writeValueAsString(change)).query((row) -> {
		});
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void received(String payload) {
		this.streams.changed(this.json.readValue(payload, DeskChange.class));
	}

	@Override
	public void listening() {
		this.streams.mayHaveMissedChanges();
	}

}
