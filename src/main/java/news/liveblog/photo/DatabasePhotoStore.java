package news.liveblog.photo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos in PostgreSQL (V18): a {@code photo} row, and one {@code photo_rendition} row per width with its
 * bytes as {@code bytea}, which TOAST keeps out of line.
 */
@Component
class DatabasePhotoStore implements PhotoStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	DatabasePhotoStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<StoredPhoto> find(String key) {
		return this.jdbc.sql("select key, width, height, media_type from photo where key = ?")
			.param(key)
			.query((row, n) -> new StoredPhoto(row.getString("key"), row.getInt("width"), row.getInt("height"),
					row.getString("media_type")))
			.optional();
	}

	@Override
	@Transactional
	public void save(StoredPhoto photo, List<Rendition> renditions, Long uploadedBy) {
		// The same file uploaded again (or twice at once): its renditions are the same bytes, so the same key,
		// and the second one finds the row taken and changes nothing.
		int inserted = this.jdbc
			.sql("insert into photo (key, media_type, width, height, uploaded_by, uploaded_at) "
					+ "values (?, ?, ?, ?, ?, ?) on conflict (key) do nothing")
			.params(photo.key(), photo.type(), photo.width(), photo.height(), uploadedBy,
					Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 0) {
			return;
		}
		for (Rendition rendition : renditions) {
			this.jdbc.sql("insert into photo_rendition (photo_key, width, height, bytes) values (?, ?, ?, ?)")
				.params(photo.key(), rendition.width(), rendition.height(), rendition.bytes())
				.update();
		}
	}

	@Override
	public boolean uploadedBy(String key, long editorId) {
		return this.jdbc.sql("select exists (select 1 from photo where key = ? and uploaded_by = ?)")
			.params(key, editorId)
			.query(Boolean.class)
			.single();
	}

	@Override
	public Optional<ServedRendition> rendition(String key, int width) {
		return this.jdbc.sql("select p.media_type, r.bytes from photo_rendition r join photo p on p.key = r.photo_key "
				+ "where r.photo_key = ? and r.width = ?")
			.params(key, width)
			.query((row, n) -> new ServedRendition(row.getString("media_type"), row.getBytes("bytes")))
			.optional();
	}

}
