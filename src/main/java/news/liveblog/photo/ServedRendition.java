package news.liveblog.photo;

/** A rendition as it is served: its bytes and the type they were encoded as. They never change. */
record ServedRendition(String type, byte[] bytes) {
}
