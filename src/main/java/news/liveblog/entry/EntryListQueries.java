package news.liveblog.entry;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entry list's SQL, written out rather than derived, because its plans are the point: each tab walks
 * its index from the start or from the cursor, newest first, and stops after a page (no OFFSET: the cost of
 * "Older entries" does not grow with how far back the editor is). The same text is what
 * EntryListQueryPlanTests explains.
 */
@Component
class EntryListQueries {

	private final JdbcClient jdbc;

	EntryListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of a page of the list, in the tab's order, with one more row than the page, if there is one. */
	List<Long> ids(EntryListFilter filter, int limit) {
		Sql sql = page(filter, limit);
		return this.jdbc.sql(sql.text()).params(sql.arguments()).query(Long.class).list();
	}

	/** How many entries each tab holds under this filter (the search and "Mine" included, not the cursor). */
	Map<EntryTab, Long> counts(EntryListFilter filter) {
		Sql sql = counts(filter.liveBlogId(), filter);
		return this.jdbc.sql(sql.text()).params(sql.arguments()).query((row, number) -> {
			Map<EntryTab, Long> counts = new EnumMap<>(EntryTab.class);
			for (EntryTab tab : EntryTab.values()) {
				counts.put(tab, row.getLong(tab.name()));
			}
			return counts;
		}).single();
	}

	static Sql page(EntryListFilter filter, int limit) {
		EntryTab tab = filter.tab();
		String direction = tab.ascending() ? "" : " desc";
		String query = EntrySearch.query(filter.words());
		StringBuilder text = new StringBuilder();
		List<Object> arguments = new ArrayList<>(List.of(filter.liveBlogId()));
		if (query == null) {
			text.append("select id from entry where live_blog_id = ? and ").append(tab.condition());
		}
		else {
			// The matches first, from the search index, then the tab's order over them alone. Left to itself,
			// the planner may walk the tab's index and test every entry's words on the way (half a second at
			// 30,000 entries for a name found once); a sort of the matches costs little even for a word
			// every entry has.
			text.append("with found as materialized (select id, status, author_id, key_event, published_at,")
				.append(" created_at, updated_at, retracted_at from entry where live_blog_id = ? and ")
				.append(EntrySearch.MATCHES)
				.append(") select id from found where ")
				.append(tab.condition());
			arguments.add(query);
		}
		if (filter.contributorId() != null) {
			EntryVisibility.contributorsPart(tab, text, arguments, filter.contributorId());
		}
		mine(filter, text, arguments);
		if (filter.before() != null) {
			text.append(" and (").append(tab.time()).append(", id) ").append(tab.ascending() ? ">" : "<").append(" (?, ?)");
			arguments.add(Timestamp.from(filter.before().time()));
			arguments.add(filter.before().id());
		}
		text.append(" order by ").append(tab.time()).append(direction).append(", id").append(direction).append(" limit ?");
		arguments.add(limit);
		return new Sql(text.toString(), arguments);
	}

	/**
	 * One pass over the blog's entries that the filter lets through: the one read of the list that grows with
	 * the blog. A day's thousands of entries count in a few milliseconds; a blog of millions would keep
	 * counters instead.
	 */
	static Sql counts(long liveBlogId, EntryListFilter filter) {
		StringBuilder text = new StringBuilder("select ");
		for (EntryTab tab : EntryTab.values()) {
			text.append("count(*) filter (where ").append(tab.condition()).append(") as ").append(tab.name()).append(", ");
		}
		text.setLength(text.length() - 2);
		text.append(" from entry where live_blog_id = ?");
		List<Object> arguments = new ArrayList<>(List.of(liveBlogId));
		if (filter.contributorId() != null) {
			EntryVisibility.contributorsPart(EntryTab.ALL, text, arguments, filter.contributorId());
		}
		mine(filter, text, arguments);
		String query = EntrySearch.query(filter.words());
		if (query != null) {
			text.append(" and ").append(EntrySearch.MATCHES);
			arguments.add(query);
		}
		return new Sql(text.toString(), arguments);
	}

	/** Only the editor's own entries ("Mine"). */
	private static void mine(EntryListFilter filter, StringBuilder text, List<Object> arguments) {
		if (filter.authorId() != null) {
			text.append(" and author_id = ?");
			arguments.add(filter.authorId());
		}
	}

	/** A statement and its arguments, in order. */
	record Sql(String text, List<Object> arguments) {
	}

}
