package news.liveblog.blog;

import java.time.Instant;
import java.time.ZoneId;
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

	@Column(name = "change_seq")
	private long changeSequence;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected LiveBlog() {
		// for JPA
	}

	LiveBlog(String slug, String title, String summary, Locale language, ZoneId timeZone, LiveBlogStatus status,
			Instant coverageStart, Instant coverageEnd, Instant now) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.language = language.toLanguageTag();
		this.timeZone = timeZone.getId();
		this.status = status;
		this.coverageStart = coverageStart;
		this.coverageEnd = coverageEnd;
		this.createdAt = now;
		this.updatedAt = now;
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

	public Instant getCoverageStart() {
		return this.coverageStart;
	}

	public Instant getCoverageEnd() {
		return this.coverageEnd;
	}

	public long getChangeSequence() {
		return this.changeSequence;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
