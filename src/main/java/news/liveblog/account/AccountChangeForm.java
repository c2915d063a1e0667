package news.liveblog.account;

import jakarta.validation.constraints.NotNull;

/** An admin renaming an account or giving it another role, from the version of it their page showed. */
class AccountChangeForm {

	@ValidDisplayName
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private EditorRole role;

	private long version;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public EditorRole getRole() {
		return this.role;
	}

	public void setRole(EditorRole role) {
		this.role = role;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
