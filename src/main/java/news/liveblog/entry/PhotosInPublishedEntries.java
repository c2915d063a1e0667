package news.liveblog.entry;

import java.util.Arrays;
import java.util.List;

import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.photo.PublishedPhotos;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readers may see a photo that a published entry of a blog readers can see shows, or that a revision of
 * such an entry showed (a correction keeps the earlier photos in the entry's history page). Asked of the
 * database each time, through the GIN indexes on the galleries, so that a retraction stops a photo at the
 * next request: no copy of the answer is kept.
 */
@Component
class PhotosInPublishedEntries implements PublishedPhotos {

	/** A blog's statuses that readers see, as the feed decides it ({@link LiveBlogStatus#isPublic()}). */
	private static final List<String> PUBLIC_BLOG_STATUSES = Arrays.stream(LiveBlogStatus.values())
		.filter(LiveBlogStatus::isPublic)
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	PhotosInPublishedEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isPublic(String key) {
		return this.jdbc.sql("""
				select exists (
				    select 1 from entry e join live_blog b on b.id = e.live_blog_id
				    where e.photos @> jsonb_build_array(jsonb_build_object('key', :key::text))
				      and e.status = :published and b.status in (:blogStatuses)
				) or exists (
				    select 1 from entry_revision r join entry e on e.id = r.entry_id
				        join live_blog b on b.id = e.live_blog_id
				    where r.photos @> jsonb_build_array(jsonb_build_object('key', :key::text))
				      and e.status = :published and b.status in (:blogStatuses)
				)""")
			.param("key", key)
			.param("published", EntryStatus.PUBLISHED.name())
			.param("blogStatuses", PUBLIC_BLOG_STATUSES)
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean isInAnEntryBy(String key, long editorId) {
		return this.jdbc.sql("""
				select exists (
				    select 1 from entry e
				    where e.photos @> jsonb_build_array(jsonb_build_object('key', :key::text))
				      and (e.author_id = :editor
				           or exists (select 1 from entry_author a where a.entry_id = e.id and a.editor_id = :editor))
				) or exists (
				    select 1 from entry_revision r join entry e on e.id = r.entry_id
				    where r.photos @> jsonb_build_array(jsonb_build_object('key', :key::text))
				      and (e.author_id = :editor
				           or exists (select 1 from entry_author a where a.entry_id = e.id and a.editor_id = :editor))
				)""")
			.param("key", key)
			.param("editor", editorId)
			.query(Boolean.class)
			.single();
	}

}
