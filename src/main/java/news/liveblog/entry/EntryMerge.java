package news.liveblog.entry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A three-way merge of an editor's form with what another editor saved meanwhile, field by field, from the
 * version the form started from: a field only one of them changed takes that change; a field both changed
 * differently is a conflict the editor resolves.
 */
public final class EntryMerge {

	/** What became of one field. */
	public enum Outcome {

		/** Nobody changed it, or both to the same. */
		SAME,
		/** Only the other editor changed it: theirs is kept. */
		THEIRS,
		/** Only this editor changed it: theirs is replaced by it. */
		MINE,
		/** Both changed it, differently: the editor chooses. */
		CONFLICT

	}

	private final EntryContent theirs;

	private final EntryContent mine;

	private final Map<EntryField, Outcome> outcomes;

	private EntryMerge(EntryContent theirs, EntryContent mine, Map<EntryField, Outcome> outcomes) {
		this.theirs = theirs;
		this.mine = mine;
		this.outcomes = Collections.unmodifiableMap(outcomes);
	}

	/**
	 * @param base the version the editor's form started from, or {@code null} when it is not known (a form
	 * older than the versions kept): then every field in which theirs and mine differ is the editor's choice
	 */
	static EntryMerge of(EntryContent base, EntryContent theirs, EntryContent mine) {
		Map<EntryField, Outcome> outcomes = new EnumMap<>(EntryField.class);
		for (EntryField field : EntryField.values()) {
			outcomes.put(field, outcome(field, base, theirs, mine));
		}
		return new EntryMerge(theirs, mine, outcomes);
	}

	private static Outcome outcome(EntryField field, EntryContent base, EntryContent theirs, EntryContent mine) {
		if (!field.differs(theirs, mine)) {
			return Outcome.SAME;
		}
		if (field == EntryField.PUBLICATION && theirs.published()) {
			// Published meanwhile (by the scheduled job or another editor): nothing takes it back; a
			// correction follows.
			return Outcome.THEIRS;
		}
		if (base == null) {
			return Outcome.CONFLICT;
		}
		if (!field.differs(mine, base)) {
			return Outcome.THEIRS;
		}
		if (!field.differs(theirs, base)) {
			return Outcome.MINE;
		}
		return Outcome.CONFLICT;
	}

	public Outcome outcome(EntryField field) {
		return this.outcomes.get(field);
	}

	public Set<EntryField> conflicts() {
		Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
		this.outcomes.forEach((field, outcome) -> {
			if (outcome == Outcome.CONFLICT) {
				fields.add(field);
			}
		});
		return fields;
	}

	/** Whether anything of theirs is kept that this editor's form did not have. */
	public boolean keepsTheirs() {
		return this.outcomes.containsValue(Outcome.THEIRS);
	}

	/** The version saved meanwhile. */
	public EntryContent theirs() {
		return this.theirs;
	}

	/** What this editor's form says. */
	public EntryContent mine() {
		return this.mine;
	}

	/**
	 * Theirs with every field this editor changed: what gets saved. Where both changed a field, it holds
	 * mine, for the editor to choose.
	 */
	public EntryContent merged() {
		EntryContent merged = this.theirs;
		for (Map.Entry<EntryField, Outcome> field : this.outcomes.entrySet()) {
			if (field.getValue() == Outcome.MINE || field.getValue() == Outcome.CONFLICT) {
				merged = merged.with(field.getKey(), this.mine);
			}
		}
		return merged;
	}

}
