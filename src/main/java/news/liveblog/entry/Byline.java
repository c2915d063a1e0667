package news.liveblog.entry;

import java.util.List;

/**
 * The names an entry's byline gives, in order, the writer first: what pages print as "By Demo Reporter and
 * Demo Editor" (the joining word is the page language's, see {@code fragments/byline.html}).
 */
public record Byline(List<String> names) {

	public Byline {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("A byline names someone");
		}
		names = List.copyOf(names);
	}

	/** Whether it names one author only. */
	public boolean single() {
		return this.names.size() == 1;
	}

	public String first() {
		return this.names.getFirst();
	}

	/** Every name but the last, as a list joins them before its last "and": "A, B". */
	public String allButLast() {
		return String.join(", ", this.names.subList(0, this.names.size() - 1));
	}

	public String last() {
		return this.names.getLast();
	}

}
