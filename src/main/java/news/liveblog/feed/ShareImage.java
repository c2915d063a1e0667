package news.liveblog.feed;

import java.util.List;
import java.util.Optional;

import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryPhoto;

/**
 * The picture a share preview shows ({@code og:image} and its size and alternative text): a photo of the
 * gallery, in the rendition of about 1200 pixels that the networks ask for, at its public address.
 */
record ShareImage(String url, int width, int height, String alt) {

	static ShareImage of(EntryPhoto photo, PublicAddresses addresses) {
		int width = photo.shareWidth();
		return new ShareImage(addresses.absolute(photo.stored().path(width)), width, photo.stored().heightAt(width),
				photo.alt());
	}

	/** The first photo of the newest of these entries that has one: what a blog's page is shared with. */
	static Optional<ShareImage> newest(List<Entry> newestFirst, PublicAddresses addresses) {
		return newestFirst.stream()
			.filter((entry) -> !entry.getPhotos().isEmpty())
			.findFirst()
			.map((entry) -> of(entry.getPhotos().getFirst(), addresses));
	}

}
