package news.liveblog.live;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import news.liveblog.blog.LiveBlogChanged;
import news.liveblog.entry.EntryChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Numbers and records every public change, inside the transaction that makes it.
 * <p>
 * Taking the number is an {@code UPDATE ... RETURNING} on the blog's row: it also serialises the
 * publishers of one blog, so numbers commit in order and a reader resuming from number n misses nothing.
 * The {@code pg_notify} is sent by PostgreSQL only when the transaction commits, to every instance.
 */
@Component
class ChangeLog {

	static final String CHANNEL = "liveblog_change";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ChangeLog(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EntryChanged event) {
		ChangeKind kind = switch (event.change()) {
			case PUBLISHED -> ChangeKind.ENTRY_PUBLISHED;
			case EDITED, PINNED, UNPINNED -> ChangeKind.ENTRY_UPDATED;
			case RETRACTED -> ChangeKind.ENTRY_RETRACTED;
			case DRAFT_SAVED, SCHEDULED, SUBMITTED, SUBMISSION_EDITED, SENT_BACK, DELETED, UNSCHEDULED -> null;
		};
		if (kind != null) {
			record(event.liveBlogId(), kind, event.entryId());
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(LiveBlogChanged event) {
		if (event.change() == LiveBlogChanged.Change.UPDATED) {
			record(event.liveBlogId(), ChangeKind.BLOG_UPDATED, null);
		}
	}

	private void record(long liveBlogId, ChangeKind kind, Long entryId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		long seq = this.jdbc
			.sql("update live_blog set change_seq = change_seq + 1, changed_at = ? where id = ? returning change_seq")
			.params(now, liveBlogId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into live_change (live_blog_id, seq, kind, entry_id, occurred_at) values (?, ?, ?, ?, ?)")
			.params(liveBlogId, seq, kind.name(), entryId, now)
			.update();
		// Told inside the transaction, so what listeners write (a webhook's outbox) commits with the change or not at all.
		this.events.publishEvent(new LiveChangeRecorded(liveBlogId, seq, kind.eventName(), entryId, now.toInstant()));
		this.jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, liveBlogId + ":" + seq + ":" + kind.name()).query((row) -> {
		});
		// This instance hears the notification too, a moment later; its own pages must not wait for it: an
		// editor who publishes and opens the page sees the entry.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ChangeLog.this.events
					.publishEvent(new LiveBlogChangeCommitted(liveBlogId, seq, kind == ChangeKind.ENTRY_PUBLISHED));
			}
		});
	}

	/** The changes of a blog after the given number, in order, at most {@code limit} of them. */
	@Transactional(readOnly = true)
	List<LiveChange> after(long liveBlogId, long seq, int limit) {
		return this.jdbc.sql("""
				select live_blog_id, seq, kind, entry_id, occurred_at from live_change
				where live_blog_id = ? and seq > ? order by seq limit ?
				""")
			.params(liveBlogId, seq, limit)
			.query((rs, row) -> new LiveChange(rs.getLong(1), rs.getLong(2), ChangeKind.valueOf(rs.getString(3)),
					(Long) rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The blog's latest change number. */
	@Transactional(readOnly = true)
	long current(long liveBlogId) {
		return this.jdbc.sql("select change_seq from live_blog where id = ?").param(liveBlogId).query(Long.class).single();
	}

}
