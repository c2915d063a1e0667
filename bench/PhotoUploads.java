// Photo upload benchmark: signs in to a running instance as an admin, uploads generated 12-megapixel phone-like
// photos (4000 x 3000 JPEG, smooth shapes with sensor-like noise, so they compress like a photo: a few MB), and
// prints the server's processing time, its heap during processing, and how many uploads sent at once it takes
// before it answers the next with 503.
//
//   java bench/PhotoUploads.java --base http://127.0.0.1:8182 --username bench-admin --password ... [--uploads 10]
//        [--bursts 2,4,8,16] [--save-first FILE]
//
// Heap: the sum of jvm_memory_used_bytes{area="heap"} on /actuator/prometheus (an admin may read it), sampled
// every 25 ms from another connection while uploads are processed, against the same taken while idle. That is the
// heap in use, garbage not yet collected included: what the instance's -Xmx has to hold.
// Loopback only, bounded in uploads and time; it stops by itself. No dependencies: JDK 21+.

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

public class PhotoUploads {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.eE+]+)$");

	static final Pattern TIMER = Pattern
		.compile("(?m)^liveblog_photos_processing_seconds_(count|sum|max)(?:\\{[^}]*})? ([0-9.eE+]+)$");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8182"));
		if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
			throw new IllegalArgumentException("This benchmark only ever targets loopback addresses");
		}
		int uploads = Integer.parseInt(options.getOrDefault("uploads", "10"));
		List<Integer> bursts = Arrays.stream(options.getOrDefault("bursts", "2,4,8,16").split(","))
			.map(Integer::parseInt)
			.toList();
		Session uploader = Session.signIn(base, options.get("username"), options.get("password"));
		Session sampler = Session.signIn(base, options.get("username"), options.get("password"));

		System.out.println("generating photos: 4000 x 3000 JPEG (quality 0.9, noise), one per upload");
		BufferedImage scene = scene(4000, 3000);
		int total = 1 + uploads + 2 + bursts.stream().mapToInt(Integer::intValue).sum();
		List<byte[]> photos = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			photos.add(jpeg(scene, i));
		}
		System.out.printf("photo size: %.1f MB (first), %.1f MB average%n", photos.getFirst().length / 1e6,
				photos.stream().mapToInt((p) -> p.length).average().orElseThrow() / 1e6);
		if (options.containsKey("save-first")) {
			// For the peer: the same bytes, processed by ImageMagick beside the server (photo-upload.sh).
			java.nio.file.Files.write(java.nio.file.Path.of(options.get("save-first")), photos.getFirst());
		}
		int next = 0;

		// Warm-up: the first upload loads the codecs and compiles the hot paths.
		uploader.upload(photos.get(next++));
		long idleHeap = sampler.heap();

		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			long start = System.nanoTime();
			HttpResponse<String> answer = uploader.upload(photos.get(next++));
			millis.add((System.nanoTime() - start) / 1_000_000);
			if (answer.statusCode() != 201) {
				throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
			}
		}
		Map<String, Double> timer = sampler.processingTimer();
		List<Long> sorted = millis.stream().sorted().toList();
		System.out.printf("one at a time, %d uploads: request p50 %d ms, max %d ms (upload over loopback included); "
				+ "server processing mean %.0f ms, max %.0f ms (liveblog.photos.processing, warm-up included)%n",
				uploads, sorted.get(sorted.size() / 2), sorted.getLast(),
				1000 * timer.get("sum") / timer.get("count"), 1000 * timer.get("max"));

		// The heap while one upload at a time is processed.
		Sampling single = Sampling.start(sampler);
		for (int i = 0; i < 2; i++) {
			uploader.upload(photos.get(next++));
		}
		System.out.printf("heap in use: idle %d MB; peak while processing one upload %d MB%n", idleHeap >> 20,
				single.stop() >> 20);

		for (int n : bursts) {
			List<byte[]> burst = photos.subList(next, next + n);
			next += n;
			Sampling sampling = Sampling.start(sampler);
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (byte[] photo : burst) {
				answers.add(CompletableFuture.supplyAsync(() -> uploader.uploadUnchecked(photo)));
			}
			Map<Integer, Long> statuses = answers.stream()
				.map(CompletableFuture::join)
				.collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
			System.out.printf("%2d at once: taken %d, refused 503 %d%s; peak heap %d MB%n", n,
					statuses.getOrDefault(201, 0L), statuses.getOrDefault(503, 0L),
					statuses.keySet().stream().anyMatch((s) -> s != 201 && s != 503) ? " (other: " + statuses + ")" : "",
					sampling.stop() >> 20);
		}
	}

	/** Shapes and gradients, as a scene has: what a camera's noise is then added to. */
	static BufferedImage scene(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int r = (int) (128 + 100 * Math.sin(x / 310.0) * Math.cos(y / 170.0));
				int g = (int) (128 + 90 * Math.sin((x + y) / 420.0));
				int b = (int) (128 + 110 * Math.cos(x / 97.0 + y / 530.0));
				row[x] = (r << 16) | (g << 8) | b;
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		return image;
	}

	/** The scene with fresh noise (so each file is another photo, with a key of its own), as a phone's JPEG. */
	static byte[] jpeg(BufferedImage scene, int seed) throws Exception {
		Random random = new Random(seed);
		BufferedImage noisy = new BufferedImage(scene.getWidth(), scene.getHeight(), BufferedImage.TYPE_INT_RGB);
		int[] row = new int[scene.getWidth()];
		for (int y = 0; y < scene.getHeight(); y++) {
			scene.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int x = 0; x < row.length; x++) {
				int n = random.nextInt(13) - 6;
				int r = clamp(((row[x] >> 16) & 0xFF) + n + random.nextInt(5) - 2);
				int g = clamp(((row[x] >> 8) & 0xFF) + n + random.nextInt(5) - 2);
				int b = clamp((row[x] & 0xFF) + n + random.nextInt(5) - 2);
				row[x] = (r << 16) | (g << 8) | b;
			}
			noisy.setRGB(0, y, row.length, 1, row, 0, row.length);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.write(null, new IIOImage(noisy, null, null), param);
		}
		writer.dispose();
		return bytes.toByteArray();
	}

	static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	/** The highest heap in use seen while it ran. */
	static final class Sampling {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicLong peak = new AtomicLong();

		private Thread thread;

		static Sampling start(Session session) {
			Sampling sampling = new Sampling();
			sampling.thread = Thread.ofPlatform().start(() -> {
				while (sampling.running.get()) {
					sampling.peak.accumulateAndGet(session.heap(), Math::max);
					try {
						Thread.sleep(25);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			return sampling;
		}

		long stop() throws InterruptedException {
			this.running.set(false);
			this.thread.join();
			return this.peak.get();
		}

	}

	record Session(HttpClient client, URI base, String csrf) {

		static Session signIn(URI base, String username, String password) throws Exception {
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			String login = client.send(HttpRequest.newBuilder(base.resolve("/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String form = Map.of("username", username, "password", password, "_csrf", PhotoUploads.csrf(login))
				.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			client.send(HttpRequest.newBuilder(base.resolve("/admin/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			String dashboard = client.send(HttpRequest.newBuilder(base.resolve("/admin")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return new Session(client, base, PhotoUploads.csrf(dashboard));
		}

		HttpResponse<String> upload(byte[] photo) throws Exception {
			return this.client.send(HttpRequest.newBuilder(this.base.resolve("/admin/photos"))
				.header("Content-Type", "image/jpeg")
				.header("X-CSRF-TOKEN", this.csrf)
				.header("X-Requested-With", "XMLHttpRequest")
				.timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofByteArray(photo))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> uploadUnchecked(byte[] photo) {
			try {
				return upload(photo);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		String prometheus() {
			try {
				HttpResponse<String> answer = this.client.send(
						HttpRequest.newBuilder(this.base.resolve("/actuator/prometheus")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() != 200) {
					throw new IllegalStateException("/actuator/prometheus answered " + answer.statusCode());
				}
				return answer.body();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		long heap() {
			Matcher matcher = HEAP.matcher(prometheus());
			long sum = 0;
			while (matcher.find()) {
				sum += (long) Double.parseDouble(matcher.group(1));
			}
			return sum;
		}

		Map<String, Double> processingTimer() {
			Matcher matcher = TIMER.matcher(prometheus());
			Map<String, Double> values = new java.util.HashMap<>();
			while (matcher.find()) {
				values.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
			}
			return values;
		}

	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page: did signing in work?");
		}
		return matcher.group(1);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}
