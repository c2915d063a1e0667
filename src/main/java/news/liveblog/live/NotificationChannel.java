package news.liveblog.live;

/**
 * Another module's own PostgreSQL notification channel, heard on this instance's one listening connection
 * ({@link ChangeNotifications}) beside the public changes: every bean of this type is LISTENed on for as
 * long as the application runs. A {@code pg_notify} on it reaches every instance once its transaction
 * commits, and never if it rolls back.
 */
public interface NotificationChannel {

	/** The channel: lower-case letters, digits and underscores, as PostgreSQL reports an unquoted name. */
	String name();

	/** A notification sent on the channel. Called on the listening thread: hand the work on, never block. */
	void received(String payload);

	/**
	 * The listening connection is up, for the first time or again after a break: whatever was sent on the
	 * channel while it was down was missed.
	 */
	void listening();

}
