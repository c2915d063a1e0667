package news.liveblog.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private Long liveBlogId;

	private Long entryId;

	private String details;

	protected AuditEvent() {
		// for JPA
	}

	AuditEvent(Instant occurredAt, String actor, String action, Long liveBlogId, Long entryId, String details) {
		this.occurredAt = occurredAt;
		this.actor = actor;
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

}
