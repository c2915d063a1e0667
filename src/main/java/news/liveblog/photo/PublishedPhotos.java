package news.liveblog.photo;

/**
 * Whether readers may see a photo: the entry module says (a photo in a published entry of a public blog, or
 * in a revision of one), since this module knows nothing of entries. Asked on every image request no cache
 * answered, so that a retraction stops a photo at once.
 */
public interface PublishedPhotos {

	boolean isPublic(String key);

	/**
	 * Whether an entry (or a revision of one) that editor wrote or co-signs shows the photo: what a contributor
	 * may see of photos not public yet, besides their own uploads.
	 */
	default boolean isInAnEntryBy(String key, long editorId) {
		return false;
	}

}
