package news.liveblog.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "editor")
public class Editor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	/** Shown publicly on every entry the editor signs. */
	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private EditorRole role;

	private boolean enabled;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Editor() {
		// for JPA
	}

	Editor(String username, String displayName, String passwordHash, EditorRole role, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	void rename(String displayName, Instant now) {
		this.displayName = displayName;
		this.updatedAt = now;
	}

	void changeRole(EditorRole role, Instant now) {
		this.role = role;
		this.updatedAt = now;
	}

	void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public EditorRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Which version of the account a form was drawn from, so that an admin's save cannot undo another's. */
	public long getVersion() {
		return this.version;
	}

}
