package news.liveblog.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A photo as it was stored: its key (the SHA-256 of the bytes uploaded), the size of its largest rendition
 * (upright) and the type every rendition has. Which renditions it has follows from its width alone, so a
 * gallery that copied these four values can print its {@code srcset} without asking the store.
 *
 * @param key the SHA-256 (64 lowercase hex digits) of the uploaded file
 * @param width the largest rendition's width: the upright photo's own, at most {@link #LARGEST_WIDTH}
 * @param height the largest rendition's height
 * @param type {@code image/jpeg} or {@code image/png}
 */
public record StoredPhoto(String key, int width, int height, String type) {

	/** The widths a photo is resized to, when it is wider; a narrower one also keeps its own width. */
	static final List<Integer> STANDARD_WIDTHS = List.of(480, 960, 1440, 2048);

	/** No rendition is wider than this. */
	public static final int LARGEST_WIDTH = 2048;

	/** The renditions' widths, narrowest first; the last one is the photo's {@link #width()}. */
	public List<Integer> renditionWidths() {
		return renditionWidths(this.width);
	}

	/** The height of the rendition of that width: in proportion, rounded, never less than a pixel. */
	public int heightAt(int renditionWidth) {
		return heightAt(this.width, this.height, renditionWidth);
	}

	/** Where that rendition is served. */
	public String path(int renditionWidth) {
		return "/media/" + this.key + "/" + renditionWidth;
	}

	/** The {@code srcset} of an {@code <img>}: every rendition with its width. */
	public String srcset() {
		return renditionWidths().stream().map((w) -> path(w) + " " + w + "w").collect(Collectors.joining(", "));
	}

	/** Where the largest rendition is served (Atom, JSON, og:image). */
	public String largestPath() {
		return path(this.width);
	}

	static List<Integer> renditionWidths(int largestWidth) {
		List<Integer> widths = new ArrayList<>();
		for (int standard : STANDARD_WIDTHS) {
			if (standard < largestWidth) {
				widths.add(standard);
			}
		}
		widths.add(largestWidth);
		return List.copyOf(widths);
	}

	static int heightAt(int width, int height, int renditionWidth) {
		return Math.max(1, (int) Math.round((double) height * renditionWidth / width));
	}

}
