package news.liveblog.embed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Asks a network's oEmbed endpoint for a post's author and title, from the server, when the setting is on
 * ({@link OEmbedSettings}). Only the configured endpoints are ever called: the address the editor pasted is
 * a query parameter, never where a request goes; no redirect is followed (it could lead anywhere). A slow,
 * failing, oversized or garbled answer is no answer: the editor types the fields instead.
 */
@Service
@EnableConfigurationProperties(OEmbedSettings.class)
public class OEmbedLookup {

	private static final Logger logger = LoggerFactory.getLogger(OEmbedLookup.class);

	/** Longer than any author or title worth keeping; the form's own limits apply after. */
	private static final int TEXT_MAX = 1_000;

	/**
	 * C0 controls but tab and newline, DEL, and the bidirectional embeddings, overrides and isolates: a title
	 * could otherwise print right to left over the card around it, or carry bytes no field should.
	 */
	private static final Pattern UNPRINTABLE = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

	private final OEmbedSettings settings;

	private final JsonMapper json;

	private final HttpClient client;

	OEmbedLookup(OEmbedSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Whether the composer offers to fill a post's fields in. */
	public boolean enabled() {
		return this.settings.enabled();
	}

	/** Whether this network has an endpoint to ask (Instagram and Telegram have no public one). */
	public boolean answers(SocialNetwork network) {
		return enabled() && this.settings.endpoint(network).isPresent();
	}

	/**
	 * The post's author and title as the network gives them, or empty when the setting is off, the network
	 * has no endpoint, or the endpoint did not answer well in time.
	 *
	 * @param address the post's address as the editor gave it, already known to be one of this network's
	 */
	public Optional<PostDetails> lookUp(SocialNetwork network, String address) {
		// The network's own address for the post, not the share link: its tracking says who shared it.
		Optional<String> post = network.canonicalAt(address);
		if (!answers(network) || post.isEmpty()) {
			return Optional.empty();
		}
		URI endpoint = this.settings.endpoint(network).orElseThrow();
		if (!OEmbedSettings.allowed(endpoint)) {
			return Optional.empty();
		}
		URI request = URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + "format=json&url="
				+ URLEncoder.encode(post.get(), StandardCharsets.UTF_8));
		// The request's own timeout stops at the answer's headers: a body trickling in byte by byte would hold
		// the editor as long as the other side likes. The whole answer gets the time, then is given up.
		CompletableFuture<HttpResponse<Optional<byte[]>>> answer = this.client.sendAsync(HttpRequest.newBuilder(request)
			.timeout(this.settings.timeout())
			.header("Accept", "application/json")
			.GET()
			.build(), LimitedBody.upTo(this.settings.maxBytes()));
		try {
			HttpResponse<Optional<byte[]>> response = answer.get(this.settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
			if (response.statusCode() != 200) {
				logger.info("oEmbed of {} answered {}", network.displayName(), response.statusCode());
				return Optional.empty();
			}
			if (response.body().isEmpty()) {
				logger.info("oEmbed of {} answered more than {} bytes", network.displayName(), this.settings.maxBytes());
				return Optional.empty();
			}
			return details(this.json.readTree(response.body().get()));
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			logger.info("oEmbed of {} did not answer within {}", network.displayName(), this.settings.timeout());
			return Optional.empty();
		}
		catch (ExecutionException | JacksonException ex) {
			logger.info("oEmbed of {} did not answer usefully: {}", network.displayName(), ex.toString());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static Optional<PostDetails> details(JsonNode answer) {
		if (answer == null || !answer.isObject()) {
			return Optional.empty();
		}
		String author = text(answer.get("author_name"));
		String title = text(answer.get("title"));
		return (author == null && title == null) ? Optional.empty() : Optional.of(new PostDetails(author, title));
	}

	/** A string value, as plain text (markup in it stays text where it is printed), within reason. */
	private static String text(JsonNode value) {
		if (value == null || !value.isString()) {
			return null;
		}
		String text = UNPRINTABLE.matcher(value.asString()).replaceAll("").strip();
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() > TEXT_MAX) ? text.substring(0, TEXT_MAX) : text;
	}

}
