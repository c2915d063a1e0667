package news.liveblog.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryChanged;
import news.liveblog.feed.PublicAddresses;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an alert when a key event is published, in the publication's own transaction: it exists if and only
 * if the entry went out, and publishing only pays for one insert; {@link AlertDelivery} sends it later. A key
 * event retracted before its alert went out takes its alert back.
 */
@Component
class KeyEventAlerts {

	/** Notifications show a line or two: the rest would be cut, and the payload must stay within one record. */
	static final int TITLE_LENGTH = 120;

	static final int BODY_LENGTH = 200;

	private final JdbcClient jdbc;

	private final Entries entries;

	private final LiveBlogs liveBlogs;

	private final PublicAddresses addresses;

	private final JsonMapper json;

	private final Clock clock;

	KeyEventAlerts(JdbcClient jdbc, Entries entries, LiveBlogs liveBlogs, PublicAddresses addresses, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.liveBlogs = liveBlogs;
		this.addresses = addresses;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EntryChanged changed) {
		switch (changed.change()) {
			case PUBLISHED -> this.entries.find(changed.liveBlogId(), changed.entryId())
				.filter((entry) -> entry.isPublished() && entry.isKeyEvent())
				.ifPresent(this::alert);
			case RETRACTED -> takeBack(changed.entryId());
			default -> {
			}
		}
	}

	private void alert(Entry entry) {
		LiveBlog blog = this.liveBlogs.find(entry.getLiveBlogId()).orElseThrow();
		this.jdbc.sql("""
				insert into push_alert (live_blog_id, entry_id, payload, created_at) values (?, ?, ?, ?)
				on conflict (entry_id) do nothing
				""")
			.params(blog.getId(), entry.getId(), payload(blog, entry), Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * What the service worker shows (static/push-worker.js): the blog's title over the key event's headline or
	 * first words, opening the entry's own page. The tag makes a later alert of the same entry replace this one.
	 */
	private String payload(LiveBlog blog, Entry entry) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("title", cut(blog.getTitle(), TITLE_LENGTH));
		payload.put("body", cut(entry.label(), BODY_LENGTH));
		payload.put("url", this.addresses.entry(blog.getSlug(), entry.getId()));
		payload.put("tag", topic(entry.getId()));
		payload.put("lang", blog.getLanguage().toLanguageTag());
		return this.json.writeValueAsString(payload);
	}

	/** An entry's tag, also its Topic for the push services (at most 32 characters of base64url's alphabet). */
	static String topic(long entryId) {
		return "entry-" + entryId;
	}

	private static String cut(String text, int length) {
		String stripped = (text != null) ? text.strip() : "";
		return (stripped.length() <= length) ? stripped : stripped.substring(0, length - 1).strip() + "…";
	}

	private void takeBack(long entryId) {
		this.jdbc.sql("delete from push_delivery where alert_id in (select id from push_alert where entry_id = ?)")
			.param(entryId)
			.update();
		this.jdbc.sql("update push_alert set finished_at = ? where entry_id = ? and finished_at is null")
			.params(Timestamp.from(this.clock.instant()), entryId)
			.update();
	}

}
