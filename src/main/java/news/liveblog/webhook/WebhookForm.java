package news.liveblog.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import news.liveblog.system.NoNul;

import org.hibernate.validator.constraints.CodePointLength;

import static org.hibernate.validator.constraints.CodePointLength.NormalizationStrategy.NFC;

/** What an admin types to add an endpoint; the address's other rules are {@link Webhooks#refusal}'s. */
class WebhookForm {

	@NotBlank(message = "{webhooks.url.required}")
	@Size(max = Webhooks.MAX_URL_LENGTH, message = "{webhooks.url.tooLong}")
	@NoNul
	private String url;

	@CodePointLength(max = 200, normalizationStrategy = NFC, message = "{webhooks.description.tooLong}")
	@NoNul
	private String description;

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
