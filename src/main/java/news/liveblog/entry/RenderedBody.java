package news.liveblog.entry;

/** An entry body rendered from Markdown and sanitised: safe to print as it is. */
record RenderedBody(String html) {
}
