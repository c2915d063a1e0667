package news.liveblog.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import news.liveblog.blog.SettingChange;

/** One setting of a blog as the audit trail keeps its change: which, what it was, what it became. */
@Embeddable
public class RecordedSettingChange {

	private String setting;

	@Column(name = "old_value")
	private String before;

	@Column(name = "new_value")
	private String after;

	protected RecordedSettingChange() {
		// for JPA
	}

	RecordedSettingChange(SettingChange change) {
		this.setting = change.setting().name();
		this.before = change.before();
		this.after = change.after();
	}

	/** The name of a {@link SettingChange.Setting}. */
	public String getSetting() {
		return this.setting;
	}

	public String getBefore() {
		return this.before;
	}

	public String getAfter() {
		return this.after;
	}

}
