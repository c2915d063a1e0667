package news.liveblog.embed;

/**
 * What a network's oEmbed answer says of a post, as text: who posted it and its title (a video's title, a
 * TikTok's caption). Either may be {@code null}. The answer's {@code html} is never kept: it is the network's
 * own markup and scripts, exactly what the page must not carry.
 */
public record PostDetails(String author, String title) {
}
