package news.liveblog.feed;

/**
 * A live blog as its pages print it.
 *
 * @param status the status name, which picks the badge's words and style
 * @param coverageDate the day coverage started, in the blog's zone and language; empty when unknown
 * @param timeZone the zone its times are printed in (an open page reloads when an admin changes it)
 */
record LiveBlogView(String slug, String title, String summary, String languageTag, String status, boolean live,
		String url, String coverageDate, String timeZone) {
}
