package news.liveblog.webhook;

import news.liveblog.account.Actor;

/**
 * An admin added, deleted, paused or resumed a blog's webhook endpoint, or gave it a new secret. Published
 * inside the change's transaction, for the audit trail. The secret itself is never in it.
 */
public record WebhookEndpointChanged(Actor actor, long liveBlogId, Change change, String url) {

	public enum Change {

		ADDED, DELETED, SECRET_ROTATED, PAUSED, RESUMED

	}

}
