/**
 * Photos uploaded from the back office: checked, turned upright, stripped of every piece of metadata, resized
 * to a few widths, stored ({@link news.liveblog.photo.PhotoStore}) and served under immutable addresses.
 * {@link news.liveblog.photo.Photos} is the API other modules find and upload photos through.
 */
package news.liveblog.photo;
