package news.liveblog.embed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer's body, up to a number of bytes: one that goes past them is no answer (empty), and the rest of it
 * is not read (the subscription is cancelled, so the connection is dropped rather than drained). A status
 * other than 200 is no answer either, its body not read at all.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<Optional<byte[]>> {

	private final int maxBytes;

	private final ByteArrayOutputStream received = new ByteArrayOutputStream();

	private final CompletableFuture<Optional<byte[]>> body = new CompletableFuture<>();

	private Flow.Subscription subscription;

	private LimitedBody(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	static HttpResponse.BodyHandler<Optional<byte[]>> upTo(int maxBytes) {
		return (info) -> (info.statusCode() == 200) ? new LimitedBody(maxBytes)
				: HttpResponse.BodySubscribers.replacing(Optional.empty());
	}

	@Override
	public CompletionStage<Optional<byte[]>> getBody() {
		return this.body;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.body.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (this.received.size() + buffer.remaining() > this.maxBytes) {
				this.body.complete(Optional.empty());
				this.subscription.cancel();
				return;
			}
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			this.received.writeBytes(bytes);
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.body.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		this.body.complete(Optional.of(this.received.toByteArray()));
	}

}
