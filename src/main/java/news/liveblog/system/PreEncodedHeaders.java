package news.liveblog.system;

import java.util.Map;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Headers encoded once as Jetty's own fields, for the handlers that answer in front of the servlet layer (the
 * feed's fast path, the live streams): the same {@link SecurityHeaders} every other response carries, copied into
 * each answer as bytes rather than formatted for it.
 */
public final class PreEncodedHeaders {

	/** {@link SecurityHeaders#HEADERS}. */
	public static final HttpField[] SECURITY = of(SecurityHeaders.HEADERS);

	/** Only over HTTPS, as {@link SecurityHeaders} sends it. */
	public static final HttpField STRICT_TRANSPORT_SECURITY = new PreEncodedHttpField(
			HttpHeader.STRICT_TRANSPORT_SECURITY, SecurityHeaders.STRICT_TRANSPORT_SECURITY);

	private PreEncodedHeaders() {
	}

	/**
	 * The headers as fields, each named by its {@link HttpHeader} where Jetty knows the name: Jetty needs to
	 * recognise some (a {@code Content-Length} it is told is kept, not counted again).
	 */
	public static HttpField[] of(Map<String, String> headers) {
		return headers.entrySet()
			.stream()
			.map((header) -> new PreEncodedHttpField(HttpHeader.CACHE.get(header.getKey()), header.getKey(),
					header.getValue()))
			.toArray(HttpField[]::new);
	}

}
