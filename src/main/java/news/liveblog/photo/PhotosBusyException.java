package news.liveblog.photo;

/** Every processing slot of this instance stayed taken for longer than an upload waits for one. */
public class PhotosBusyException extends RuntimeException {

	PhotosBusyException() {
		super("every photo processing slot is taken");
	}

}
