package news.liveblog.backoffice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office gives its times in its own language, by the blog's clock: an English desk page of a French blog
 * read "jeudi 2 juillet 2026" beside its English words, and a French one of an English blog the other way round
 * (found by a helper using the back office in French). Readers' pages keep the blog's language.
 */
@ApplicationTest
class BackOfficeTimesTests {

	/** 07:35 UTC: 9:35 in Paris (CEST). */
	private static final Instant SUMMER = Instant.parse("2026-07-02T07:35:00Z");

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void anEntryOfAFrenchBlogIsDatedInEnglishOnAnEnglishPageAndTheOtherWayRound() {
		LiveBlog french = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH, ZoneId.of("Europe/Paris"));
		LiveBlog english = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Paris"));
		this.newsroom.publish(french, "Le sommet commence.", SUMMER);
		this.newsroom.publish(english, "The summit begins.", SUMMER);

		assertThat(entryTime(french, "en")).isEqualTo("Thursday, July 2, 2026 9:35\u202FAM");
		assertThat(entryTime(english, "fr")).isEqualTo("jeudi 2 juillet 2026 09:35");
		assertThat(this.backOffice.publicFeed(french).selectFirst(".entry-time").text()).as("readers' page")
			.isEqualTo("09:35");
	}

	private String entryTime(LiveBlog blog, String language) {
		return this.backOffice.page("/admin/live/" + blog.getSlug() + "/entries", this.backOffice.asEditor(), language)
			.selectFirst("#entries time")
			.text();
	}

}
