package news.liveblog.photo;

/** One size of a photo, as served: re-encoded from the pixels, nothing else of the upload in it. */
record Rendition(int width, int height, byte[] bytes) {

}
