package news.liveblog.question;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How readers' questions are kept from abuse and how long they are kept ({@code liveblog.questions.*}).
 *
 * @param perAddress questions one client address may send to one blog within {@code perAddressWindow}
 * @param perBlog questions one blog takes from everyone together within {@code perBlogWindow}: a flood
 * from many addresses at once waits
 * @param minimumFillTime how long a form must have been shown before it is sent: a person takes longer
 * @param formTokenMaxAge how long after it was shown a form may still be sent: older, it is refused and
 * given again (a token kept to send questions later by a script expires)
 * @param keepDecided how long a question stays after an editor answered, dismissed or marked it as spam
 * @param keepNew how long a question nobody decided on stays: the queue does not grow for ever
 */
@ConfigurationProperties("liveblog.questions")
record QuestionSettings(@DefaultValue("5") int perAddress, @DefaultValue("PT10M") Duration perAddressWindow,
		@DefaultValue("60") int perBlog, @DefaultValue("PT1M") Duration perBlogWindow,
		@DefaultValue("PT3S") Duration minimumFillTime, @DefaultValue("PT6H") Duration formTokenMaxAge,
		@DefaultValue("P30D") Duration keepDecided, @DefaultValue("P7D") Duration keepNew) {
}
