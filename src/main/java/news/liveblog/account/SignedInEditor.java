package news.liveblog.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The editor behind a back-office session: their account's id and public name ride along with the
 * credentials, so a request never has to look them up again.
 */
public class SignedInEditor extends User {

	/**
	 * Sessions are stored serialised in PostgreSQL and read by every instance, old and new ones alike during a
	 * rolling deploy: the class's identity must not change with every compile. A change to its fields that old
	 * sessions cannot be read into needs a new number and the stored sessions emptied at that deploy
	 * ({@code delete from spring_session}): editors then sign in again.
	 */
	private static final long serialVersionUID = 1L;

	private final long editorId;

	private final String displayName;

	SignedInEditor(Editor editor) {
		super(editor.getUsername(), editor.getPasswordHash(), editor.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + editor.getRole().name())));
		this.editorId = editor.getId();
		this.displayName = editor.getDisplayName();
	}

	public long getEditorId() {
		return this.editorId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isAdmin() {
		return hasRole(EditorRole.ADMIN);
	}

	/** A reporter or stringer: writes and submits for review, publishes nothing. */
	public boolean isContributor() {
		return hasRole(EditorRole.CONTRIBUTOR);
	}

	/** Whether they may publish, schedule, pin, correct and retract entries and review submissions. */
	public boolean canPublish() {
		return hasRole(EditorRole.EDITOR) || hasRole(EditorRole.ADMIN);
	}

	private boolean hasRole(EditorRole role) {
		return getAuthorities().stream().anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + role.name()));
	}

	public Actor asActor() {
		return new Actor(this.editorId, this.displayName);
	}

}
