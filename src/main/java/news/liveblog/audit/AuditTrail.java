package news.liveblog.audit;

import java.time.Clock;
import java.util.List;

import news.liveblog.account.AccountChanged;
import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlogChanged;
import news.liveblog.entry.EntryChanged;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every editorial and account change. The listeners run synchronously in the change's own
 * transaction: a change and its audit row commit together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	public static final int PAGE_SIZE = 100;

	private final AuditEventRepository repository;

	private final Clock clock;

	AuditTrail(AuditEventRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The newest events; with {@code olderThan}, the ones before that event. */
	public List<AuditEvent> page(Long olderThan) {
		return (olderThan != null) ? this.repository.findByIdLessThanOrderByIdDesc(olderThan, Limit.of(PAGE_SIZE))
				: this.repository.findAllByOrderByIdDesc(Limit.of(PAGE_SIZE));
	}

	public List<AuditEvent> ofEntry(long entryId) {
		return this.repository.findByEntryIdOrderByIdDesc(entryId);
	}

	@EventListener
	@Transactional
	void on(EntryChanged event) {
		record(event.actor(), "entry." + event.change().name(), event.liveBlogId(), event.entryId(), event.detail());
	}

	@EventListener
	@Transactional
	void on(LiveBlogChanged event) {
		record(event.actor(), "blog." + event.change().name(), event.liveBlogId(), null, null);
	}

	@EventListener
	@Transactional
	void on(AccountChanged event) {
		record(event.actor(), "account." + event.change().name(), null, null, event.username());
	}

	private void record(Actor actor, String action, Long liveBlogId, Long entryId, String details) {
		this.repository.save(new AuditEvent(this.clock.instant(), actor.name(), action, liveBlogId, entryId, details));
	}

}
