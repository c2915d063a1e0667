package news.liveblog.entry;

/**
 * Markdown an entry body does not print as written: entries are a few paragraphs under the entry's own
 * headline, with formatting, links, lists and quotes, and an image of their own in the image field.
 */
public enum UnsupportedMarkdown {

	/** "# Title" or an underlined line: readers see its words as a plain line. */
	HEADING,

	/** "![alt](address)": readers see nothing of it. */
	IMAGE,

	/** A table's rows and its "|---|" line: readers see the signs as typed. */
	TABLE,

	/** "---" or "***" on a line of its own: readers see nothing of it. */
	HORIZONTAL_RULE

}
