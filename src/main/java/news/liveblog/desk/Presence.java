package news.liveblog.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import news.liveblog.account.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has which back-office page of a blog open: one row per open page, named by the random id its script
 * made when it loaded. A page beats every few seconds while it is visible and says goodbye when it is left;
 * one not heard from within the expiry ({@code liveblog.desk.presence.expire-after}, 30 s) counts no more,
 * whether its browser closed, crashed or lost the network. A clean-up job deletes such rows.
 */
@Component
class Presence {

	private static final Logger logger = LoggerFactory.getLogger(Presence.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration expireAfter;

	Presence(JdbcClient jdbc, Clock clock, @Value("${liveblog.desk.presence.expire-after:PT30S}") Duration expireAfter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.expireAfter = expireAfter;
	}

	/**
	 * The page is open and visible. Its "since" is when it began doing what it does now: the same page
	 * beating again keeps it. A page id already taken by another editor's page is left as it is: one editor
	 * cannot speak for another's page.
	 */
	void heartbeat(UUID page, Actor editor, long liveBlogId, Long entryId, Activity activity) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into desk_presence (tab_id, editor_id, display_name, live_blog_id, entry_id, activity, since, last_seen)
				values (:page, :editor, :name, :blog, :entry, :activity, :now, :now)
				on conflict (tab_id) do update
				set since = case when (desk_presence.live_blog_id, desk_presence.entry_id, desk_presence.activity)
				                      is not distinct from (excluded.live_blog_id, excluded.entry_id, excluded.activity)
				                 then desk_presence.since else excluded.since end,
				    display_name = excluded.display_name, live_blog_id = excluded.live_blog_id,
				    entry_id = excluded.entry_id, activity = excluded.activity, last_seen = excluded.last_seen
				where desk_presence.editor_id = excluded.editor_id
				""")
			.param("page", page)
			.param("editor", editor.editorId())
			.param("name", editor.name())
			.param("blog", liveBlogId)
			.param("entry", entryId)
			.param("activity", activity.name())
			.param("now", now)
			.update();
	}

	/** The page was left (closed, or another page opened in its tab). */
	void leave(UUID page, long editorId) {
		this.jdbc.sql("delete from desk_presence where tab_id = ? and editor_id = ?").params(page, editorId).update();
	}

	/**
	 * Everyone else with a page of the blog open, each page apart (an editor with two pages open is there
	 * twice), those there longest first.
	 */
	List<Colleague> othersOn(long liveBlogId, long editorId) {
		return this.jdbc.sql("""
				select editor_id, display_name, entry_id, activity, since from desk_presence
				where live_blog_id = ? and editor_id <> ? and last_seen > ?
				order by since, tab_id
				""")
			.params(liveBlogId, editorId, Timestamp.from(this.clock.instant().minus(this.expireAfter)))
			.query((row, n) -> new Colleague(row.getLong(1), row.getString(2), row.getObject(3, Long.class),
					Activity.valueOf(row.getString(4)), row.getTimestamp(5).toInstant()))
			.list();
	}

	/** Pages not heard from within the expiry count for nothing already; deleted so the table stays small. */
	@Scheduled(fixedDelayString = "${liveblog.desk.presence.expire-after:PT30S}")
	void forgetExpired() {
		try {
			this.jdbc.sql("delete from desk_presence where last_seen < ?")
				.param(Timestamp.from(this.clock.instant().minus(this.expireAfter)))
				.update();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete expired desk presence: {}", ex.getMessage());
		}
	}

	/**
	 * Another editor's open page of the blog.
	 *
	 * @param entryId the entry it has open, or {@code null} on the composer or the review queue
	 * @param since when the page began doing what it does now
	 */
	record Colleague(long editorId, String name, Long entryId, Activity activity, Instant since) {
	}

}
