package news.liveblog.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A typed text without a NUL character: PostgreSQL text cannot hold one, and no one means to type it. Every
 * form's free text carries this, so that one is refused with the same sentence, beside its field, and the
 * text comes back as typed. {@code null} is valid (whether a text is required is another rule).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\x00]*")
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoNul {

	/** The sentence's message code, for a refusal told elsewhere than beside a field (a flash message). */
	String MESSAGE_CODE = "text.nul";

	@OverridesAttribute(constraint = Pattern.class, name = "message")
	String message() default "{" + MESSAGE_CODE + "}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
