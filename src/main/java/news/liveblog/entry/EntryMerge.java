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
 * <p>
 * Except when the save puts out an entry that was not public yet (publishes or schedules a draft or a
 * submission): what the other changed in its content is then no change to merge in silently, since it would
 * reach readers unread by the one who let it out (a reporter's "the dam is about to break" over the "the
 * dam is holding" the editor reviewed). Such a field is a conflict too, shown and chosen.
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

	/** The conflicts only they made, in an entry this save would put out. */
	private final Set<EntryField> unseen;

	private EntryMerge(EntryContent theirs, EntryContent mine, Map<EntryField, Outcome> outcomes,
			Set<EntryField> unseen) {
		this.theirs = theirs;
		this.mine = mine;
		this.outcomes = Collections.unmodifiableMap(outcomes);
		this.unseen = Collections.unmodifiableSet(unseen);
	}

	/**
	 * @param base the version the editor's form started from, or {@code null} when it is not known (a form
	 * older than the versions kept): then every field in which theirs and mine differ is the editor's choice
	 */
	static EntryMerge of(EntryContent base, EntryContent theirs, EntryContent mine) {
		boolean puttingOut = !theirs.published() && (mine.published() || mine.scheduledFor() != null);
		Map<EntryField, Outcome> outcomes = new EnumMap<>(EntryField.class);
		Set<EntryField> unseen = EnumSet.noneOf(EntryField.class);
		for (EntryField field : EntryField.values()) {
			Outcome outcome = outcome(field, base, theirs, mine);
			if (outcome == Outcome.THEIRS && puttingOut && field != EntryField.PUBLICATION) {
				outcome = Outcome.CONFLICT;
				unseen.add(field);
			}
			outcomes.put(field, outcome);
		}
		return new EntryMerge(theirs, mine, outcomes, unseen);
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

	/** Whether this conflict is only their change, which this editor would otherwise put out unread. */
	public boolean unseen(EntryField field) {
		return this.unseen.contains(field);
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
