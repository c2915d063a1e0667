package news.liveblog.photo;

import news.liveblog.entry.Entry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts photos in entries' galleries with SQL, in the shape the entry module keeps them (an array of
 * {"key", "width", "height", "type", "alt", "caption", "credit"}): what the photo module serves depends on
 * those columns only, whatever form puts them there.
 */
final class Galleries {

	private final JdbcClient jdbc;

	Galleries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void show(Entry entry, StoredPhoto photo) {
		this.jdbc.sql("update entry set photos = ?::jsonb where id = ?").params(gallery(photo), entry.getId()).update();
	}

	void empty(Entry entry) {
		this.jdbc.sql("update entry set photos = '[]' where id = ?").param(entry.getId()).update();
	}

	/** The photo in the entry's latest revision (what it showed before its last correction). */
	void showInLatestRevision(Entry entry, StoredPhoto photo) {
		int updated = this.jdbc
			.sql("update entry_revision set photos = ?::jsonb where id = (select max(id) from entry_revision where entry_id = ?)")
			.params(gallery(photo), entry.getId())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("entry " + entry.getId() + " has no revision");
		}
	}

	private static String gallery(StoredPhoto photo) {
		return """
				[{"key": "%s", "width": %d, "height": %d, "type": "%s", "alt": "The summit", "caption": "", "credit": ""}]"""
			.formatted(photo.key(), photo.width(), photo.height(), photo.type());
	}

}
