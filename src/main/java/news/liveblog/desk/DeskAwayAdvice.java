package news.liveblog.desk;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How long a back-office page goes without input before its person counts as away (static/js/away.js): its
 * heartbeats, polls and region refreshes then stop, so that a page left open never keeps its session alive.
 */
@ControllerAdvice
class DeskAwayAdvice {

	private final long awayAfterMillis;

	DeskAwayAdvice(@Value("${liveblog.desk.away-after:PT5M}") Duration awayAfter) {
		this.awayAfterMillis = awayAfter.toMillis();
	}

	@ModelAttribute("deskAwayAfterMillis")
	long deskAwayAfterMillis() {
		return this.awayAfterMillis;
	}

}
