package news.liveblog.blog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One setting of a blog as it was and as it became, in words a record can keep: a time as an ISO-8601
 * instant, a status by its name, a language by its tag, a zone by its id; {@code null} for none.
 */
public record SettingChange(Setting setting, String before, String after) {

	public enum Setting {

		TITLE, SLUG, SUMMARY, LANGUAGE, TIME_ZONE, STATUS, COVERAGE_START, COVERAGE_END,

		/** Whether readers may send questions ("true" or "false"); changed on its own, never by the settings form. */
		QUESTIONS

	}

	/** What differs between two versions of a blog's settings, in the settings form's order. */
	static List<SettingChange> between(LiveBlogSettings before, LiveBlogSettings after) {
		List<SettingChange> changes = new ArrayList<>();
		compare(changes, Setting.TITLE, before, after, (s) -> strip(s.title()));
		compare(changes, Setting.SLUG, before, after, LiveBlogSettings::slug);
		compare(changes, Setting.SUMMARY, before, after, (s) -> strip(s.summary()));
		compare(changes, Setting.LANGUAGE, before, after, (s) -> tag(s.language()));
		compare(changes, Setting.TIME_ZONE, before, after, (s) -> id(s.timeZone()));
		compare(changes, Setting.STATUS, before, after, (s) -> (s.status() != null) ? s.status().name() : null);
		compare(changes, Setting.COVERAGE_START, before, after, (s) -> iso(s.coverageStart()));
		compare(changes, Setting.COVERAGE_END, before, after, (s) -> iso(s.coverageEnd()));
		return changes;
	}

	private static void compare(List<SettingChange> changes, Setting setting, LiveBlogSettings before,
			LiveBlogSettings after, Function<LiveBlogSettings, String> value) {
		String was = value.apply(before);
		String is = value.apply(after);
		if (!Objects.equals(was, is)) {
			changes.add(new SettingChange(setting, was, is));
		}
	}

	/** As the blog keeps it: an empty summary is no summary. */
	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String tag(Locale language) {
		return (language != null) ? language.toLanguageTag() : null;
	}

	private static String id(ZoneId zone) {
		return (zone != null) ? zone.getId() : null;
	}

	private static String iso(Instant time) {
		return (time != null) ? time.toString() : null;
	}

}
