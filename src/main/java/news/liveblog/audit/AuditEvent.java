package news.liveblog.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	/** The actor's account; {@code null} for the application itself. */
	private Long actorId;

	private String action;

	private Long liveBlogId;

	private Long entryId;

	private String details;

	/** For a change of a blog's settings: each setting as it was and became. */
	@ElementCollection
	@CollectionTable(name = "audit_setting_change", joinColumns = @JoinColumn(name = "audit_event_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = AuditTrail.PAGE_SIZE)
	private List<RecordedSettingChange> settingChanges = new ArrayList<>();

	protected AuditEvent() {
		// for JPA
	}

	AuditEvent(Instant occurredAt, String actor, Long actorId, String action, Long liveBlogId, Long entryId,
			String details, List<RecordedSettingChange> settingChanges) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorId = actorId;
		this.settingChanges = new ArrayList<>(settingChanges);
		this.action = action;
		this.liveBlogId = liveBlogId;
		this.entryId = entryId;
		this.details = (details != null) ? details : "";
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getAction() {
		return this.action;
	}

	public Long getLiveBlogId() {
		return this.liveBlogId;
	}

	public Long getEntryId() {
		return this.entryId;
	}

	public String getDetails() {
		return this.details;
	}

	public List<RecordedSettingChange> getSettingChanges() {
		return List.copyOf(this.settingChanges);
	}

}
