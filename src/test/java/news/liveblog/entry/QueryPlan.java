package news.liveblog.entry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What PostgreSQL did to answer a query, run for real ({@code explain analyze}): the plan's text, the rows
 * its top Limit gave, and the pages of the database it read (buffers), which, unlike time, a test can
 * compare reliably.
 */
record QueryPlan(String sql, String text, int rows, int buffers) {

	static QueryPlan explain(JdbcTemplate jdbc, String sql, Object... arguments) {
		String plan = String.join("\n",
				jdbc.queryForList("explain (analyze, buffers, costs off, timing off) " + sql, String.class, arguments));
		return new QueryPlan(sql, plan, firstNumber(plan, "Limit \\(actual rows=(\\d+)"), totalBuffers(plan));
	}

	/** Shared buffers hit and read by the whole plan: its first "Buffers:" line, under the top node. */
	private static int totalBuffers(String plan) {
		Matcher line = Pattern.compile("Buffers: shared ([^\\n]*)").matcher(plan);
		assertThat(line.find()).as("buffers in %s", plan).isTrue();
		int total = 0;
		Matcher counts = Pattern.compile("(?:hit|read)=(\\d+)").matcher(line.group(1));
		while (counts.find()) {
			total += Integer.parseInt(counts.group(1));
		}
		return total;
	}

	private static int firstNumber(String plan, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(plan);
		assertThat(matcher.find()).as("%s in %s", regex, plan).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
