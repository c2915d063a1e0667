package news.liveblog.backoffice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.jsoup.nodes.Element;
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

	/**
	 * An entry's time in the list and on its edit page names the blog's zone, as the back office's messages do: a
	 * reporter filing from Kyiv (an hour ahead of Brussels) reads "9:35 AM CEST", not a bare "9:35 AM" that looks
	 * like his own clock's.
	 */
	@Test
	void anEntrysTimeInTheListAndOnItsEditPageNamesTheBlogsZone() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Paris"));
		long summer = this.newsroom.publish(blog, "The summit begins.", SUMMER).getId();
		long winter = this.newsroom.publish(blog, "The summit ends.", Instant.parse("2026-12-03T16:10:00Z")).getId();

		var list = this.backOffice.page("/admin/live/" + blog.getSlug() + "/entries", this.backOffice.asEditor());
		assertThat(zoneAfterTime(list.selectFirst("#admin-entry-" + summer + " .admin-entry-meta")))
			.isEqualTo("Thursday, July 2, 2026 9:35\u202FAM CEST (Europe/Paris)");
		assertThat(zoneAfterTime(list.selectFirst("#admin-entry-" + winter + " .admin-entry-meta")))
			.isEqualTo("Thursday, December 3, 2026 5:10\u202FPM CET (Europe/Paris)");
		var editPage = this.backOffice.editPage(blog, summer, this.backOffice.asEditor());
		assertThat(zoneAfterTime(editPage.selectFirst(".admin-entry-meta")))
			.isEqualTo("Thursday, July 2, 2026 9:35\u202FAM CEST (Europe/Paris)");
	}

	private static String zoneAfterTime(Element meta) {
		Element zone = meta.selectFirst("time + abbr.time-zone");
		assertThat(zone).as("the zone right after the time").isNotNull();
		return meta.selectFirst("time").text() + " " + zone.text() + " (" + zone.attr("title") + ")";
	}

	private String entryTime(LiveBlog blog, String language) {
		return this.backOffice.page("/admin/live/" + blog.getSlug() + "/entries", this.backOffice.asEditor(), language)
			.selectFirst("#entries time")
			.text();
	}

}
