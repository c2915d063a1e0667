package news.liveblog.audit;

import java.util.ArrayList;
import java.util.List;

import news.liveblog.account.AccountChanged;
import news.liveblog.account.Editor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogChanged;
import news.liveblog.entry.EntryChanged;
import news.liveblog.webhook.WebhookEndpointChanged;

/** What the audit trail's filters offer: every blog, every account, every kind of action. */
record AuditFilterChoices(List<BlogChoice> blogs, List<AccountChoice> accounts, List<ActionKind> actionKinds) {

	static AuditFilterChoices of(List<LiveBlog> blogs, List<Editor> accounts) {
		return new AuditFilterChoices(blogs.stream().map((blog) -> new BlogChoice(blog.getId(), blog.getTitle())).toList(),
				accounts.stream()
					.map((account) -> new AccountChoice(account.getId(), account.getDisplayName(), account.getUsername()))
					.toList(),
				List.of(new ActionKind("entry", actions("entry", EntryChanged.Change.values())),
						new ActionKind("blog", actions("blog", LiveBlogChanged.Change.values())),
						new ActionKind("account", actions("account", AccountChanged.Change.values())),
						new ActionKind("webhook", actions("webhook", WebhookEndpointChanged.Change.values()))));
	}

	private static List<String> actions(String kind, Enum<?>[] changes) {
		List<String> actions = new ArrayList<>();
		for (Enum<?> change : changes) {
			actions.add(kind + "." + change.name());
		}
		return actions;
	}

	record BlogChoice(long id, String title) {
	}

	record AccountChoice(long id, String displayName, String username) {
	}

	/** A kind of thing ("entry") and the actions on it ("entry.PUBLISHED", ...). */
	record ActionKind(String kind, List<String> actions) {
	}

}
