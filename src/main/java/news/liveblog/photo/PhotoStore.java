package news.liveblog.photo;

import java.util.List;
import java.util.Optional;

/**
 * Where photos are kept once processed: the photo's row and its renditions' bytes. PostgreSQL by default
 * ({@link DatabasePhotoStore}), so that nothing else has to be installed.
 * <p>
 * An object store (S3 or anything that speaks its API) takes over here when one database is outgrown: an
 * implementation that puts each rendition's bytes under the key {@code {key}/{width}} (content-addressed,
 * so written once and never changed, safe to put behind a CDN) and keeps the {@code photo} row, or one row
 * per rendition without its bytes, in PostgreSQL. Save writes the objects first and the row last, in the
 * upload's transaction: a photo whose row exists has all its objects, and objects left by an upload that
 * failed halfway are overwritten by the same bytes when it is tried again (the key is the largest rendition's hash).
 * Reading a rendition then streams the object, or redirects to a signed address of it; who may see it is
 * still decided by the media controller before that.
 */
interface PhotoStore {

	Optional<StoredPhoto> find(String key);

	/** Stores the photo and all of its renditions together; nothing of it is kept if that fails. */
	void save(StoredPhoto photo, List<Rendition> renditions, Long uploadedBy);

	/** Whether that editor uploaded the photo. */
	boolean uploadedBy(String key, long editorId);

	/** The rendition's bytes and the photo's type, in one query. */
	Optional<ServedRendition> rendition(String key, int width);

}
