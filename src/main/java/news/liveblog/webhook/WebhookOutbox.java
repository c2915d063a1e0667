package news.liveblog.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.live.LiveChangeRecorded;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what is to be delivered, in the change's own transaction: the message as of the change, and one
 * delivery for each endpoint of the blog, paused ones too: a paused endpoint is sent nothing, but what changed
 * meanwhile waits for it, and a resume delivers it all in order. Nothing is sent here (a publish never waits on a receiver);
 * {@link WebhookDeliveries} sends once it is committed, and a rolled back change leaves nothing to send.
 */
@Component
class WebhookOutbox {

	static final String TEST_TYPE = "webhook.test";

	private final JdbcClient jdbc;

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final EntryDocuments documents;

	private final JsonMapper json;

	private final Clock clock;

	WebhookOutbox(JdbcClient jdbc, LiveBlogs liveBlogs, Entries entries, EntryDocuments documents, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.documents = documents;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(LiveChangeRecorded change) {
		List<Long> endpoints = this.jdbc
			.sql("select id from webhook_endpoint where live_blog_id = ? order by id")
			.param(change.liveBlogId())
			.query(Long.class)
			.list();
		if (endpoints.isEmpty()) {
			return;
		}
		LiveBlog blog = this.liveBlogs.find(change.liveBlogId()).orElseThrow();
		String type = change.event().replace('-', '.');
		// A draft blog's entries are nobody's to read yet; that the blog itself went back to draft is told.
		if (!blog.getStatus().isPublic() && change.entryId() != null) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("blog", blog(blog));
		data.put("change", change.seq());
		if (change.entryId() != null) {
			data.put("entry", entry(blog, change.entryId(), type));
		}
		String id = "msg_" + blog.getId() + "_" + change.seq();
		write(id, blog.getId(), change.seq(), type, envelope(type, change.occurredAt(), data), endpoints);
	}

	/** A {@code webhook.test} message for that one endpoint, sent like any other, in its turn. */
	@Transactional(propagation = Propagation.MANDATORY)
	void test(LiveBlog blog, long endpointId) {
		Instant now = this.clock.instant();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("blog", blog(blog));
		String id = "msg_" + UUID.randomUUID();
		write(id, blog.getId(), null, TEST_TYPE, envelope(TEST_TYPE, now, data), List.of(endpointId));
	}

	private Map<String, Object> blog(LiveBlog blog) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("slug", blog.getSlug());
		described.put("title", blog.getTitle());
		described.put("url", this.documents.blogUrl(blog));
		described.put("status", blog.getStatus().name());
		return described;
	}

	/** The entry as the API prints it; a retracted one only by its id and address, as it is gone for readers. */
	private Object entry(LiveBlog blog, long entryId, String type) {
		Entry entry = this.entries.find(blog.getId(), entryId).orElseThrow();
		if (type.equals("entry.retracted")) {
			Map<String, Object> retracted = new LinkedHashMap<>();
			retracted.put("id", entryId);
			retracted.put("url", this.documents.entryUrl(blog, entryId));
			return retracted;
		}
		return this.documents.entry(blog, entry);
	}

	private String envelope(String type, Instant at, Map<String, Object> data) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("type", type);
		envelope.put("timestamp", at.toString());
		envelope.put("data", data);
		return this.json.writeValueAsString(envelope);
	}

	private void write(String id, long liveBlogId, Long seq, String type, String payload, List<Long> endpoints) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into webhook_message (id, live_blog_id, change_seq, type, payload, created_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(id, liveBlogId, seq, type, payload, now).update();
		for (long endpoint : endpoints) {
			this.jdbc.sql("""
					insert into webhook_delivery (endpoint_id, message_id, status, next_attempt_at, created_at)
					values (?, ?, 'PENDING', ?, ?)
					""").params(endpoint, id, now, now).update();
		}
	}

}
