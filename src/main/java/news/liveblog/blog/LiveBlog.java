package news.liveblog.blog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "live_blog")
public class LiveBlog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	/** A BCP 47 language tag ("fr", "en-GB"): the language readers get the page in. */
	private String language;

	/** An IANA zone id ("Europe/Paris"): where the event happens, so where its times are printed. */
	private String timeZone;

	@Enumerated(EnumType.STRING)
	private LiveBlogStatus status;

	private Instant coverageStart;

	private Instant coverageEnd;

	/** Advanced by the database alone (see the live module), never written from here. */
	@Column(name = "change_seq", insertable = false, updatable = false)
	private long changeSequence;

	/** When the public content last changed; advanced by the database with the change sequence. */
	@Column(insertable = false, updatable = false)
	private Instant changedAt;

	/**
	 * Whether readers may send it questions (module question). Changed only by its own statement
	 * ({@link LiveBlogs#takeQuestions}), never by a save of the settings: an admin's settings form open
	 * meanwhile neither undoes it nor is refused for it.
	 */
	@Column(insertable = false, updatable = false)
	private boolean takesQuestions;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected LiveBlog() {
		// for JPA
	}

	LiveBlog(LiveBlogSettings settings, Instant now) {
		apply(settings, now);
		this.createdAt = now;
	}

	void apply(LiveBlogSettings settings, Instant now) {
		this.slug = settings.slug();
		this.title = settings.title().strip();
		this.summary = (settings.summary() != null) ? settings.summary().strip() : "";
		this.language = settings.language().toLanguageTag();
		this.timeZone = settings.timeZone().getId();
		this.status = settings.status();
		this.coverageStart = settings.coverageStart();
		this.coverageEnd = settings.coverageEnd();
		this.updatedAt = now;
	}

	public LiveBlogSettings settings() {
		return new LiveBlogSettings(this.slug, this.title, this.summary, getLanguage(), getTimeZone(), this.status,
				this.coverageStart, this.coverageEnd);
	}

	/** An instant as readers of this blog read a time of day: "09:02" in its zone and language. */
	public String printTime(Instant instant) {
		return printTime(instant, getLanguage());
	}

	/** A time of day by this blog's clock in another language: the back office's, for its editors. */
	public String printTime(Instant instant, Locale language) {
		return printLocalized(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), instant, language);
	}

	/**
	 * The abbreviation of this blog's zone at that instant ("CEST", "EDT"), in English whatever the blog's
	 * language: some of Java's French abbreviations are wrong (EST for New York in summer). For the back
	 * office, where editors of one blog may sit in several zones.
	 */
	public String printZone(Instant instant) {
		return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).withZone(getTimeZone()).format(instant);
	}

	/** An instant as readers of this blog read a day: "jeudi 17 octobre 2024". */
	public String printDate(Instant instant) {
		return printDate(instant, getLanguage());
	}

	/** A day by this blog's clock in another language: the back office's, for its editors. */
	public String printDate(Instant instant, Locale language) {
		return printLocalized(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL), instant, language);
	}

	/** In this blog's zone: how its readers (in its language) or its editors (in theirs) read an instant. */
	private String printLocalized(DateTimeFormatter format, Instant instant, Locale language) {
		return format.withLocale(language).withZone(getTimeZone()).format(instant);
	}

	/** An instant as ISO-8601 with this blog's offset, for {@code <time datetime>}: "2024-10-17T09:02:00+02:00". */
	public String printIso(Instant instant) {
		// To the microsecond PostgreSQL keeps, rounded as the JDBC driver rounds when it stores it: an instant printed
		// before it was stored (a webhook's message, written in the change's transaction) reads as it does once read
		// back (the JSON API).
		return OffsetDateTime.ofInstant(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS), getTimeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public Locale getLanguage() {
		return Locale.forLanguageTag(this.language);
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(this.timeZone);
	}

	public LiveBlogStatus getStatus() {
		return this.status;
	}

	public boolean isLive() {
		return this.status == LiveBlogStatus.LIVE;
	}

	/** Whether readers may send it questions now: it takes them and is live. */
	public boolean isAskable() {
		return this.takesQuestions && isLive();
	}

	public boolean takesQuestions() {
		return this.takesQuestions;
	}

	public Instant getCoverageStart() {
		return this.coverageStart;
	}

	public Instant getCoverageEnd() {
		return this.coverageEnd;
	}

	public long getChangeSequence() {
		return this.changeSequence;
	}

	/** When readers last saw something change: the latest change, or the blog's creation. */
	public Instant getLastChange() {
		return (this.changedAt != null) ? this.changedAt : this.createdAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
