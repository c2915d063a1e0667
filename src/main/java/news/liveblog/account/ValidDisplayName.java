package news.liveblog.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

import news.liveblog.system.NoNul;

import org.hibernate.validator.constraints.CodePointLength;

import static org.hibernate.validator.constraints.CodePointLength.NormalizationStrategy.NFC;

/**
 * The name readers see on every entry an account signs, as the form that creates an account and the one that
 * changes it both check it: each of its rules says its own sentence.
 */
@NotBlank(message = "{account.displayName.required}")
@CodePointLength(max = ValidDisplayName.MAX_LENGTH, normalizationStrategy = NFC,
		message = "{account.displayName.tooLong}")
@NoNul
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidDisplayName {

	/** Characters at most, as readers count them: a byline, not a paragraph. */
	int MAX_LENGTH = 100;

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
