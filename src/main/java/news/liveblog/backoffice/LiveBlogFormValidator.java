package news.liveblog.backoffice;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The blog settings' rules that span fields or need more than an annotation: the zone must be a region
 * (see {@link EventTimeZones}), and the coverage cannot end before it starts.
 */
class LiveBlogFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return LiveBlogForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		LiveBlogForm form = (LiveBlogForm) target;
		if (form.zoneOrNull() == null && !errors.hasFieldErrors("timeZone")) {
			errors.rejectValue("timeZone", EventTimeZones.isZoneWithoutSummerTime(form.getTimeZone())
					? "blog.timeZone.withoutSummerTime" : "blog.timeZone.unknown");
		}
		if (form.getCoverageStart() != null && form.getCoverageEnd() != null
				&& form.getCoverageEnd().isBefore(form.getCoverageStart())) {
			errors.rejectValue("coverageEnd", "blog.coverageEnd.beforeStart");
		}
	}

}
