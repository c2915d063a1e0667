package news.liveblog.backoffice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.system.NoNul;

import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

import static org.hibernate.validator.constraints.CodePointLength.NormalizationStrategy.NFC;

/**
 * The blog settings form an admin fills in. Coverage times are in the blog's own time zone: for a blog being
 * edited, the zone it was in when the page was drawn, so that changing the zone keeps the coverage at the
 * same moment rather than moving it by the difference between the two zones.
 */
class LiveBlogForm {

	@NotBlank(message = "{blog.slug.required}")
	@Size(max = LiveBlogSettings.SLUG_MAX_LENGTH, message = "{blog.slug.tooLong}")
	@Pattern(regexp = LiveBlogSettings.SLUG_PATTERN, message = "{blog.slug.format}")
	private String slug;

	@NotBlank(message = "{blog.title.required}")
	@CodePointLength(max = 200, normalizationStrategy = NFC, message = "{blog.title.tooLong}")
	@NoNul
	private String title;

	@CodePointLength(max = 1000, normalizationStrategy = NFC, message = "{blog.summary.tooLong}")
	@NoNul
	private String summary;

	@NotBlank(message = "{blog.language.required}")
	@Pattern(regexp = "fr|en", message = "{blog.language.supported}")
	private String language = "fr";

	@NotBlank(message = "{blog.timeZone.required}")
	private String timeZone = "Europe/Paris";

	@NotNull(message = "{blog.status.required}")
	private LiveBlogStatus status = LiveBlogStatus.DRAFT;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime coverageStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime coverageEnd;

	/** The zone the coverage times were shown in; none for a new blog, whose times are in the zone chosen. */
	private String timesShownIn;

	private Long version;

	static LiveBlogForm of(LiveBlog blog) {
		LiveBlogForm form = new LiveBlogForm();
		form.slug = blog.getSlug();
		form.title = blog.getTitle();
		form.summary = blog.getSummary();
		form.language = blog.getLanguage().toLanguageTag();
		form.timeZone = blog.getTimeZone().getId();
		form.status = blog.getStatus();
		form.coverageStart = inputTime(blog.getCoverageStart(), blog.getTimeZone());
		form.coverageEnd = inputTime(blog.getCoverageEnd(), blog.getTimeZone());
		form.timesShownIn = blog.getTimeZone().getId();
		form.version = blog.getVersion();
		return form;
	}

	/**
	 * A time as a datetime-local input can hold it: to the minute. A finer one (times set other than through
	 * this form) is no valid value for the input, which then shows empty and saves as no time at all.
	 */
	static LocalDateTime inputTime(Instant time, ZoneId zone) {
		return (time != null) ? time.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES) : null;
	}

	/** The zone, when the form names a region (in any capitalisation): see {@link EventTimeZones}. */
	ZoneId zoneOrNull() {
		return EventTimeZones.region(this.timeZone).orElse(null);
	}

	/** Only once the form has no errors ({@link LiveBlogFormValidator} has checked the zone). */
	LiveBlogSettings settings() {
		ZoneId zone = EventTimeZones.region(this.timeZone).orElseThrow();
		ZoneId timesZone = EventTimeZones.shownIn(this.timesShownIn, zone);
		return new LiveBlogSettings(this.slug, this.title, this.summary, Locale.forLanguageTag(this.language), zone,
				this.status, (this.coverageStart != null) ? this.coverageStart.atZone(timesZone).toInstant() : null,
				(this.coverageEnd != null) ? this.coverageEnd.atZone(timesZone).toInstant() : null);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	/** A region is kept in its own spelling ("europe/paris" is Europe/Paris), so the form shows what is saved. */
	public void setTimeZone(String timeZone) {
		this.timeZone = EventTimeZones.region(timeZone).map(ZoneId::getId).orElse(timeZone);
	}

	public LiveBlogStatus getStatus() {
		return this.status;
	}

	public void setStatus(LiveBlogStatus status) {
		this.status = status;
	}

	public LocalDateTime getCoverageStart() {
		return this.coverageStart;
	}

	public void setCoverageStart(LocalDateTime coverageStart) {
		this.coverageStart = coverageStart;
	}

	public LocalDateTime getCoverageEnd() {
		return this.coverageEnd;
	}

	public void setCoverageEnd(LocalDateTime coverageEnd) {
		this.coverageEnd = coverageEnd;
	}

	public String getTimesShownIn() {
		return this.timesShownIn;
	}

	/** A new blog's form sends its (empty) hidden field back: still none. */
	public void setTimesShownIn(String timesShownIn) {
		this.timesShownIn = (timesShownIn == null || timesShownIn.isBlank()) ? null : timesShownIn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
