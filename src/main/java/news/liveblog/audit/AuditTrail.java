package news.liveblog.audit;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.liveblog.account.AccountChanged;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogChanged;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.blog.SettingChange;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryChanged;
import news.liveblog.entry.EntryStatus;
import news.liveblog.system.LogTime;
import news.liveblog.system.StartupRefusedException;
import news.liveblog.webhook.WebhookEndpointChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
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

	/** An instant as {@link Instant#toString()} writes it into the details of a (re)scheduling. */
	private static final Pattern STORED_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

	private final AuditEventRepository repository;

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final Clock clock;

	private final Accounts accounts;

	private final ZoneId zone;

	private final DateTimeFormatter timeFormat;

	AuditTrail(AuditEventRepository repository, LiveBlogs liveBlogs, Entries entries, Clock clock, Accounts accounts,
			@Value("${liveblog.audit.time-zone:UTC}") String zone) {
		this.repository = repository;
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.clock = clock;
		this.accounts = accounts;
		this.zone = zoneOf(zone);
		this.timeFormat = LogTime.in(this.zone);
	}

	/** The configured zone, or a start-up stopped with one sentence saying what to set (not a conversion trace). */
	private static ZoneId zoneOf(String zone) {
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new StartupRefusedException("LIVEBLOG_AUDIT_TIME_ZONE is not a time zone: '" + zone + "'.",
					"Set LIVEBLOG_AUDIT_TIME_ZONE to a zone id such as UTC or Europe/Brussels, or leave it unset for UTC.");
		}
	}

	/** The newest events; with {@code olderThan}, the ones before that event. */
	public List<AuditEvent> page(Long olderThan) {
		return (olderThan != null) ? this.repository.findByIdLessThanOrderByIdDesc(olderThan, Limit.of(PAGE_SIZE))
				: this.repository.findAllByOrderByIdDesc(Limit.of(PAGE_SIZE));
	}

	public List<AuditEvent> ofEntry(long entryId) {
		return this.repository.findByEntryIdOrderByIdDesc(entryId);
	}

	/** What the trail's filters offer. */
	AuditFilterChoices filterChoices() {
		return AuditFilterChoices.of(this.liveBlogs.all(), this.accounts.all());
	}

	/** The zone the trail prints its times in, and reads the filter's days in. */
	ZoneId zone() {
		return this.zone;
	}

	/**
	 * A page of the events matching the filter, newest first, as the trail prints them.
	 *
	 * @param before the id of the last event of the page before, or {@code null} for the newest
	 */
	Page search(AuditFilter filter, Long before) {
		List<AuditEvent> events = this.repository.findBy(filter.specification(before, this.zone),
				(query) -> query.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(PAGE_SIZE + 1).all());
		boolean more = events.size() > PAGE_SIZE;
		List<AuditEvent> shown = more ? events.subList(0, PAGE_SIZE) : events;
		Map<Long, LiveBlog> blogs = this.liveBlogs.all()
			.stream()
			.collect(Collectors.toMap(LiveBlog::getId, Function.identity()));
		Map<Long, Entry> named = byId(shown.stream().map(AuditEvent::getEntryId).filter(Objects::nonNull).toList());
		List<AuditRow> rows = shown.stream().map((event) -> row(event, blogs, named)).toList();
		return new Page(rows, more ? shown.getLast().getId() : null);
	}

	/** A page of the trail; {@code olderThan} is the cursor of the next one, {@code null} on the last. */
	record Page(List<AuditRow> rows, Long olderThan) {
	}

	private Map<Long, Entry> byId(Collection<Long> entryIds) {
		return this.entries.findAll(entryIds.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Entry::getId, Function.identity()));
	}

	private AuditRow row(AuditEvent event, Map<Long, LiveBlog> blogs, Map<Long, Entry> named) {
		LiveBlog blog = (event.getLiveBlogId() != null) ? blogs.get(event.getLiveBlogId()) : null;
		AuditRow.BlogName blogName = (event.getLiveBlogId() == null) ? null
				: new AuditRow.BlogName(event.getLiveBlogId(), (blog != null) ? blog.getTitle() : null,
						(blog != null) ? blog.getSlug() : null);
		AuditRow.EntryName entryName = null;
		if (event.getEntryId() != null) {
			Entry entry = named.get(event.getEntryId());
			entryName = (entry == null || blog == null) ? new AuditRow.EntryName(event.getEntryId(), null, null)
					: new AuditRow.EntryName(entry.getId(), entry.label(), href(blog, entry));
		}
		List<AuditRow.Change> changes = event.getSettingChanges().stream().map(this::change).toList();
		return new AuditRow(event.getId(), this.timeFormat.format(event.getOccurredAt()),
				event.getOccurredAt().toString(), event.getActor(), event.getAction(), blogName, entryName,
				details(event), changes);
	}

	/**
	 * The details as stored, except that the times of a (re)scheduling ("for 2026-12-04T10:00:00Z, was for ...") read
	 * as the trail's own times do ("2026-12-04 11:00:00 CET"). Only there: elsewhere the details hold what an editor
	 * typed (a retraction's reason, a note), which is shown as typed.
	 */
	private String details(AuditEvent event) {
		String details = event.getDetails();
		if (!event.getAction().equals("entry." + EntryChanged.Change.SCHEDULED.name())
				&& !event.getAction().equals("entry." + EntryChanged.Change.UNSCHEDULED.name())) {
			return details;
		}
		return STORED_INSTANT.matcher(details)
			.replaceAll((match) -> Matcher.quoteReplacement(this.timeFormat.format(Instant.parse(match.group()))));
	}

	/**
	 * Where an admin reads the entry now: its correction form, or its place in the composer's list once
	 * retracted (a retracted entry has no form).
	 */
	private static String href(LiveBlog blog, Entry entry) {
		return (entry.getStatus() == EntryStatus.RETRACTED)
				? "/admin/live/" + blog.getSlug() + "#admin-entry-" + entry.getId()
				: "/admin/live/" + blog.getSlug() + "/entries/" + entry.getId() + "/edit";
	}

	private AuditRow.Change change(RecordedSettingChange change) {
		SettingChange.Setting setting = SettingChange.Setting.valueOf(change.getSetting());
		return switch (setting) {
			case STATUS -> new AuditRow.Change(change.getSetting(), "status", change.getBefore(), change.getAfter());
			case QUESTIONS -> new AuditRow.Change(change.getSetting(), "yes-no", change.getBefore(), change.getAfter());
			case COVERAGE_START, COVERAGE_END -> new AuditRow.Change(change.getSetting(), "time",
					printTime(change.getBefore()), printTime(change.getAfter()));
			default -> new AuditRow.Change(change.getSetting(), "text", change.getBefore(), change.getAfter());
		};
	}

	private String printTime(String iso) {
		return (iso != null) ? this.timeFormat.format(Instant.parse(iso)) : null;
	}

	@EventListener
	@Transactional
	void on(EntryChanged event) {
		record(event.actor(), "entry." + event.change().name(), event.liveBlogId(), event.entryId(), event.detail(),
				List.of());
	}

	@EventListener
	@Transactional
	void on(LiveBlogChanged event) {
		record(event.actor(), "blog." + event.change().name(), event.liveBlogId(), null, null,
				event.changes().stream().map(RecordedSettingChange::new).toList());
	}

	@EventListener
	@Transactional
	void on(AccountChanged event) {
		record(event.actor(), "account." + event.change().name(), null, null, event.username(), List.of());
	}

	/** The endpoint's address is the detail; its secret is never recorded. */
	@EventListener
	@Transactional
	void on(WebhookEndpointChanged event) {
		record(event.actor(), "webhook." + event.change().name(), event.liveBlogId(), null, event.url(), List.of());
	}

	private void record(Actor actor, String action, Long liveBlogId, Long entryId, String details,
			List<RecordedSettingChange> settingChanges) {
		this.repository.save(new AuditEvent(this.clock.instant(), actor.name(), actor.editorId(), action, liveBlogId,
				entryId, details, settingChanges));
	}

}
