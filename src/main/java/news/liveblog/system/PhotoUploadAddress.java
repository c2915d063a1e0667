package news.liveblog.system;

/**
 * Where the composer's script sends a photo's bytes: the one address whose body is neither a form (so not
 * under {@link RequestSizeLimit}'s limit) nor answered with a page when the session has ended (account's
 * SessionEndedEntryPoint answers it in JSON). It lives here, not in the photo module that serves it, because
 * the photo module stands on system and account: a constant there would make those two depend on it back.
 */
public final class PhotoUploadAddress {

	public static final String PATH = "/admin/photos";

	private PhotoUploadAddress() {
	}

}
