package news.liveblog.entry;

import java.text.Normalizer;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * How a form field is told what is wrong with it, the same for every field an editor types: one error per
 * field at most, beside it, and a text too long coming back whole with how much is over.
 */
public final class FieldRules {

	private FieldRules() {
	}

	/** A field already wrong for one reason is not told a second. */
	public static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	/**
	 * A text against its limit. Nothing in the page cuts a text (no {@code maxlength}): one too long comes
	 * back whole with how much is over, counted as the composer's counter counts it.
	 */
	public static void checkLength(Errors errors, String field, String value, int max, String limitCode) {
		if (value == null) {
			return;
		}
		int over = length(value) - max;
		if (over > 0 && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "entry.tooLongBy",
					new Object[] { new DefaultMessageSourceResolvable(limitCode), over }, null);
		}
	}

	/**
	 * A text's length as the editor sees it and the database counts it: browsers send each line break as CR LF,
	 * counters count one; an emoji or a rare ideogram is one character, not the two halves Java's length counts;
	 * an "é" pasted as an "e" and its accent (as some sources give it) is one, as typed.
	 */
	public static int length(String text) {
		String typed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
		return typed.codePointCount(0, typed.length());
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public static String stripToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
