package news.liveblog.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An admin creating an account. */
class AccountForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "{account.username.format}")
	private String username;

	@ValidDisplayName
	private String displayName;

	/** Checked against the {@link PasswordPolicy} by the controller, with the limit in its message. */
	private String password;

	@NotNull(message = "{account.role.required}")
	private EditorRole role = EditorRole.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public EditorRole getRole() {
		return this.role;
	}

	public void setRole(EditorRole role) {
		this.role = role;
	}

}
