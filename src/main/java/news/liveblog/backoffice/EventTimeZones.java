package news.liveblog.backoffice;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The time zones a blog may be set in: a region of the IANA database ("Europe/Brussels"), which follows that
 * place's summer time, however the admin capitalised it. Fixed offsets ("+02:00"), the old abbreviations
 * ("CET", "EST5EDT") and the SystemV and Etc ids look right on the day they are typed and print every time an
 * hour off once the clocks change, so they are refused. UTC is the one zone without a city that is meant
 * to have no summer time (an online event, a world-wide story).
 */
final class EventTimeZones {

	/** Where the cities are: the zones a datalist suggests (the old country aliases such as US/Eastern are accepted, not offered). */
	private static final Set<String> CONTINENTS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	private static final Map<String, String> BY_LOWER_CASE = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(EventTimeZones::isRegion)
		.collect(Collectors.toMap((id) -> id.toLowerCase(Locale.ROOT), Function.identity()));

	private static final Set<String> ALL_LOWER_CASE = ZoneId.getAvailableZoneIds()
		.stream()
		.map((id) -> id.toLowerCase(Locale.ROOT))
		.collect(Collectors.toSet());

	private static final List<String> SUGGESTED = BY_LOWER_CASE.values()
		.stream()
		.filter((id) -> id.equals("UTC") || CONTINENTS.contains(id.substring(0, Math.max(id.indexOf('/'), 0))))
		.sorted()
		.toList();

	/**
	 * The suggested zones by their city alone, as an admin types it ("paris", "new york"); a city that names
	 * two zones of different rules is left out, to be typed whole.
	 */
	private static final Map<String, String> BY_CITY = SUGGESTED.stream()
		.filter((id) -> id.indexOf('/') > 0)
		.collect(Collectors.groupingBy((id) -> id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)))
		.entrySet()
		.stream()
		.filter((city) -> city.getValue().stream().map((id) -> ZoneId.of(id).getRules()).distinct().count() == 1)
		.collect(Collectors.toMap(Map.Entry::getKey, (city) -> city.getValue().getFirst()));

	private EventTimeZones() {
	}

	/**
	 * The region the admin typed, with its canonical spelling: "europe/paris" is Europe/Paris, and so is
	 * "Paris" alone ("New York" is America/New_York).
	 */
	static Optional<ZoneId> region(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String lowerCase = typed.strip().toLowerCase(Locale.ROOT);
		String id = BY_LOWER_CASE.get(lowerCase);
		if (id == null) {
			id = BY_CITY.get(lowerCase.replaceAll("\\s+", "_"));
		}
		return Optional.ofNullable(id).map(ZoneId::of);
	}

	/**
	 * The zone a page showed its time field in, as the page's hidden field sends it back: a time typed on a
	 * page drawn before an admin moved the blog to another zone still means the hour the editor read beside
	 * it. The blog's zone when the field is missing (a form from an older page) or not a region.
	 */
	static ZoneId shownIn(String sent, ZoneId blogZone) {
		return region(sent).orElse(blogZone);
	}

	/** Whether the zone exists but is no region: an offset ("+02:00", "UTC+2"), an abbreviation, a SystemV or Etc id. */
	static boolean isZoneWithoutSummerTime(String typed) {
		if (typed == null || region(typed).isPresent()) {
			return false;
		}
		String id = typed.strip();
		if (ALL_LOWER_CASE.contains(id.toLowerCase(Locale.ROOT))) {
			return true;
		}
		try {
			ZoneId.of(id.toUpperCase(Locale.ROOT));
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Every city zone, for the settings form to suggest as the admin types. */
	static List<String> suggested() {
		return SUGGESTED;
	}

	private static boolean isRegion(String id) {
		return id.equals("UTC")
				|| (id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/"));
	}

}
