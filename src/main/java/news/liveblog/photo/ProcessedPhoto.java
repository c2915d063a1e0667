package news.liveblog.photo;

import java.util.List;

/** What processing made of an upload: its upright size (the largest rendition's), type and renditions. */
record ProcessedPhoto(int width, int height, String type, List<Rendition> renditions) {

}
