package news.liveblog.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which events an admin asks the trail for; every part optional.
 *
 * @param blogId one blog's events
 * @param account one account's events (its id), or {@link #APPLICATION} for what the application did itself
 * @param action one kind of action ("entry.RETRACTED"), or every action on one kind of thing ("entry")
 * @param from the first day, in the trail's zone
 * @param to the last day, in the trail's zone (included)
 */
public record AuditFilter(Long blogId, String account, String action, LocalDate from, LocalDate to) {

	/** The account filter's value for the scheduled publishing job and the like: no account at all. */
	public static final String APPLICATION = "application";

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	public AuditFilter {
		account = blankToNull(account);
		action = blankToNull(action);
	}

	public boolean isEmpty() {
		return this.blogId == null && this.account == null && this.action == null && this.from == null
				&& this.to == null;
	}

	/** The events matching this filter (and older than {@code before}, when given). */
	Specification<AuditEvent> specification(Long before, ZoneId zone) {
		return (event, query, where) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (before != null) {
				predicates.add(where.lessThan(event.get("id"), before));
			}
			if (this.blogId != null) {
				predicates.add(where.equal(event.get("liveBlogId"), this.blogId));
			}
			if (APPLICATION.equals(this.account)) {
				predicates.add(where.isNull(event.get("actorId")));
			}
			else if (this.account != null) {
				predicates.add(where.equal(event.get("actorId"), accountId()));
			}
			if (this.action != null) {
				predicates.add(this.action.contains(".") ? where.equal(event.get("action"), this.action)
						: where.like(event.get("action"), this.action + ".%"));
			}
			if (this.from != null) {
				predicates.add(where.greaterThanOrEqualTo(event.get("occurredAt"), this.from.atStartOfDay(zone).toInstant()));
			}
			if (this.to != null) {
				predicates.add(where.lessThan(event.get("occurredAt"), this.to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return where.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** An account id that is no number matches no account. */
	private long accountId() {
		try {
			return Long.parseLong(this.account);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
