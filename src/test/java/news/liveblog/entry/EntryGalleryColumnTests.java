package news.liveblog.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;
import news.liveblog.PhotoRows;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.photo.StoredPhoto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's gallery goes into the {@code photos} jsonb column of the entry, its versions and revisions in
 * the agreed shape, and comes back out the same, in its order.
 */
@ApplicationTest
class EntryGalleryColumnTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aGalleryGoesIntoTheJsonbColumnInTheAgreedShapeAndComesBackInItsOrder() {
		PhotoRows rows = new PhotoRows(this.jdbc);
		StoredPhoto summit = rows.insert(2048, 1365);
		StoredPhoto portrait = rows.insert(600, 800);
		List<EntryPhoto> gallery = List.of(EntryPhoto.of(summit, "Leaders at the summit", "The family photo", "AFP"),
				EntryPhoto.of(portrait, "The president speaks", null, null));
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		Entry written = this.newsroom.write(blog,
				new EntryText(null, "Two photos.", false, null, null, gallery, null), Publication.now());

		Entry stored = this.newsroom.stored(blog, written.getId());
		assertThat(stored.getPhotos()).containsExactlyElementsOf(gallery);
		assertThat(stored.getPhotos().getLast().width()).as("a photo narrower than the largest rendition keeps its own")
			.isEqualTo(600);
		JsonNode column = JsonMapper.builder().build().readTree(this.jdbc
			.sql("select photos::text from entry where id = ?").param(written.getId()).query(String.class).single());
		assertThat(column.isArray()).isTrue();
		JsonNode first = column.get(0);
		assertThat(first.propertyNames()).containsExactlyInAnyOrder("key", "width", "height", "type", "alt", "caption",
				"credit");
		assertThat(first.get("key").asString()).isEqualTo(summit.key());
		assertThat(first.get("width").asInt()).isEqualTo(2048);
		assertThat(first.get("type").asString()).isEqualTo("image/jpeg");
		assertThat(first.get("alt").asString()).isEqualTo("Leaders at the summit");
		assertThat(column.get(1).get("caption").isNull()).isTrue();
		assertThat(this.jdbc.sql("select jsonb_array_length(photos) from entry_version where entry_id = ?")
			.param(written.getId()).query(Integer.class).list()).containsOnly(2);
	}

	@Test
	void anEntryWithoutPhotosHasAnEmptyGallery() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.DRAFT);

		Entry written = this.newsroom.write(blog, EntryText.of("Text only."), Publication.now());

		assertThat(this.newsroom.stored(blog, written.getId()).getPhotos()).isEmpty();
		assertThat(this.jdbc.sql("select photos::text from entry where id = ?").param(written.getId())
			.query(String.class).single()).isEqualTo("[]");
	}

}
