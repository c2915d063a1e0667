package news.liveblog.backoffice;

/** Which button of the composer or the correction page the editor pressed. */
enum EntryAction {

	PUBLISH, DRAFT, SCHEDULE, PREVIEW, SAVE;

	static EntryAction of(String button) {
		if (button != null) {
			for (EntryAction action : values()) {
				if (action.name().equalsIgnoreCase(button)) {
					return action;
				}
			}
		}
		return PUBLISH;
	}

}
