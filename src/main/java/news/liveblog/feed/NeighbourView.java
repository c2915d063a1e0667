package news.liveblog.feed;

/**
 * The entry just before or just after the one an entry's page shows, as a link: its time and headline (or
 * clean first sentence).
 */
record NeighbourView(String title, String isoTime, String time, String permalink) {
}
