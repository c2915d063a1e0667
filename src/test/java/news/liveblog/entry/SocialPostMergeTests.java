package news.liveblog.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post is one field of a merge, like an image or a link card: taken whole from one side, never mixed, and
 * a conflict when both editors changed it differently.
 */
class SocialPostMergeTests {

	private static final SocialPost FIRST = new SocialPost("https://x.com/NATO/status/1700000000000000001", "NATO",
			null, null, null);

	private static final SocialPost SECOND = new SocialPost("https://youtu.be/dQw4w9WgXcQ", "NATO", "Press conference",
			null, null);

	@Test
	void aPostChangedOnOneSideIsTakenWholeAndAHeadlineFromTheOther() {
		EntryContent base = content("Summit", FIRST);
		EntryContent theirs = content("Summit, day two", FIRST);
		EntryContent mine = content("Summit", SECOND);

		EntryMerge merge = EntryMerge.of(base, theirs, mine);

		assertThat(merge.outcome(EntryField.POST)).isEqualTo(EntryMerge.Outcome.MINE);
		assertThat(merge.conflicts()).isEmpty();
		assertThat(merge.merged().text().headline()).isEqualTo("Summit, day two");
		assertThat(merge.merged().text().post()).isEqualTo(SECOND);
	}

	@Test
	void aPostBothChangedDifferentlyIsTheEditorsChoice() {
		SocialPost theirPost = new SocialPost(FIRST.url(), "NATO (official)", null, null, null);

		EntryMerge merge = EntryMerge.of(content("Summit", FIRST), content("Summit", theirPost), content("Summit", SECOND));

		assertThat(merge.conflicts()).containsExactly(EntryField.POST);
	}

	@Test
	void aRevisionSaysThePostChanged() {
		assertThat(EntryField.differing(content("Summit", FIRST).text(), content("Summit", null).text()))
			.containsExactly(EntryField.POST);
		assertThat(EntryField.POST.formName()).isEqualTo("post");
	}

	private static EntryContent content(String headline, SocialPost post) {
		return new EntryContent(new EntryText(headline, "Text.", false, null, null, List.of(), post), Publication.draft());
	}

}
