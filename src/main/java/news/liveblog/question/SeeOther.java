package news.liveblog.question;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** After a POST, the page to GET: a 303, which no browser or client ever resends as a POST. */
final class SeeOther {

	private SeeOther() {
	}

	static RedirectView to(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

}
