package news.liveblog.entry;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry's gallery as its {@code photos} jsonb column holds it (V18): an array of {@code {"key", "width",
 * "height", "type", "alt", "caption", "credit"}}, in the gallery's order. Written with Jackson 3, which
 * Hibernate's own JSON mapping does not speak yet; the column's write cast ({@code ?::jsonb}) is on the
 * attribute in {@link EntryText}. The JSON's shape is this class's record, so that nothing renamed in
 * {@link EntryPhoto} changes what the rows hold.
 */
@Converter
class EntryPhotosColumn implements AttributeConverter<List<EntryPhoto>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<EntryPhoto> photos) {
		List<Row> rows = (photos != null) ? photos.stream().map(Row::of).toList() : List.of();
		return JSON.writeValueAsString(rows);
	}

	@Override
	public List<EntryPhoto> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return JSON.readValue(column, ROWS).stream().map(Row::photo).toList();
	}

	/** One photo of the column, exactly the names of V18's comment. */
	record Row(String key, Integer width, Integer height, String type, String alt, String caption, String credit) {

		static Row of(EntryPhoto photo) {
			return new Row(photo.key(), photo.width(), photo.height(), photo.type(), photo.alt(), photo.caption(),
					photo.credit());
		}

		EntryPhoto photo() {
			return new EntryPhoto(this.key, this.width, this.height, this.type, this.alt, this.caption, this.credit);
		}

	}

}
