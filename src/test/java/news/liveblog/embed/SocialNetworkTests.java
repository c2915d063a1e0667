package news.liveblog.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Addresses of posts and videos as editors paste them, copied from the apps' share buttons (tracking
 * parameters, mobile hosts, trailing slashes), give each network's id; anything else gives none, and only
 * the id ever reaches the embed's address.
 */
class SocialNetworkTests {

	static Stream<Arguments> postsAndVideos() {
		return Stream.of(
				Arguments.of("https://x.com/ZelenskyyUa/status/1861234567890123456", SocialNetwork.X, "1861234567890123456"),
				Arguments.of("https://x.com/ZelenskyyUa/status/1861234567890123456?s=46&t=AbCdEfGhIjKlMnOp", SocialNetwork.X,
						"1861234567890123456"),
				Arguments.of("https://twitter.com/NATO/status/1700000000000000001/", SocialNetwork.X, "1700000000000000001"),
				Arguments.of("https://mobile.twitter.com/NATO/status/1700000000000000001", SocialNetwork.X, "1700000000000000001"),
				Arguments.of("https://x.com/NATO/status/1700000000000000001/photo/1", SocialNetwork.X, "1700000000000000001"),
				Arguments.of("HTTPS://X.COM/NATO/status/1700000000000000001", SocialNetwork.X, "1700000000000000001"),
				Arguments.of("https://www.youtube.com/watch?v=dQw4w9WgXcQ", SocialNetwork.YOUTUBE, "dQw4w9WgXcQ"),
				Arguments.of("https://www.youtube.com/watch?app=desktop&v=dQw4w9WgXcQ&t=42s&si=xYz123", SocialNetwork.YOUTUBE,
						"dQw4w9WgXcQ"),
				Arguments.of("https://m.youtube.com/watch?v=a-b_c1D2e3F", SocialNetwork.YOUTUBE, "a-b_c1D2e3F"),
				Arguments.of("https://music.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", SocialNetwork.YOUTUBE, "dQw4w9WgXcQ"),
				Arguments.of("https://youtu.be/dQw4w9WgXcQ?si=AbCdEf123", SocialNetwork.YOUTUBE, "dQw4w9WgXcQ"),
				Arguments.of("https://www.youtube.com/shorts/dQw4w9WgXcQ/", SocialNetwork.YOUTUBE, "dQw4w9WgXcQ"),
				Arguments.of("https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared", SocialNetwork.YOUTUBE, "dQw4w9WgXcQ"),
				Arguments.of("https://www.instagram.com/p/C1a2B3c4D5e/?utm_source=ig_web_copy_link&igsh=MzRlODBiNWFlZA==",
						SocialNetwork.INSTAGRAM, "C1a2B3c4D5e"),
				Arguments.of("https://www.instagram.com/reel/C9xYz_-AbCd/", SocialNetwork.INSTAGRAM, "C9xYz_-AbCd"),
				Arguments.of("https://instagram.com/tv/B8aBcDeFgHi", SocialNetwork.INSTAGRAM, "B8aBcDeFgHi"),
				Arguments.of("https://t.me/V_Zelenskiy_official/12345", SocialNetwork.TELEGRAM, "V_Zelenskiy_official/12345"),
				Arguments.of("https://t.me/s/V_Zelenskiy_official/12345?single", SocialNetwork.TELEGRAM,
						"V_Zelenskiy_official/12345"),
				Arguments.of("https://bsky.app/profile/nato.bsky.social/post/3kabcdefghij2", SocialNetwork.BLUESKY,
						"nato.bsky.social/3kabcdefghij2"),
				Arguments.of("https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabcdefghij2/",
						SocialNetwork.BLUESKY, "did:plc:z72i7hdynmk6r22z27h6tvur/3kabcdefghij2"),
				Arguments.of("https://www.tiktok.com/@nato/video/7301234567890123456?is_from_webapp=1&sender_device=pc",
						SocialNetwork.TIKTOK, "7301234567890123456"),
				Arguments.of("https://vimeo.com/123456789", SocialNetwork.VIMEO, "123456789"),
				Arguments.of("https://player.vimeo.com/video/123456789?h=abc", SocialNetwork.VIMEO, "123456789"));
	}

	/** Share links as the apps copy them, their tracking parameters saying who shared them. */
	static Stream<Arguments> shareLinks() {
		return Stream.of(
				Arguments.of("https://x.com/ZelenskyyUa/status/1861234567890123456?s=46&t=AbCdEfGhIjKlMnOp",
						"https://x.com/i/status/1861234567890123456"),
				Arguments.of("https://twitter.com/NATO/status/1700000000000000001/photo/1?ref_src=twsrc%5Etfw",
						"https://x.com/i/status/1700000000000000001"),
				Arguments.of("https://youtu.be/dQw4w9WgXcQ?si=Xk3bT9qLmN0pR2sV", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
				Arguments.of("https://m.youtube.com/watch?app=desktop&v=dQw4w9WgXcQ&t=42s&si=xYz123&pp=ygUEbmF0bw%3D%3D",
						"https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
				Arguments.of("https://youtube.com/shorts/dQw4w9WgXcQ?si=AbCdEf123_-", "https://www.youtube.com/shorts/dQw4w9WgXcQ"),
				Arguments.of("https://www.instagram.com/reel/C9xYz_-AbCd/?utm_source=ig_web_copy_link&igsh=MzRlODBiNWFlZA==",
						"https://www.instagram.com/p/C9xYz_-AbCd/"),
				Arguments.of("https://telegram.me/s/V_Zelenskiy_official/12345?single#comments",
						"https://t.me/V_Zelenskiy_official/12345"),
				Arguments.of("https://bsky.app/profile/nato.bsky.social/post/3kabcdefghij2?ref=share",
						"https://bsky.app/profile/nato.bsky.social/post/3kabcdefghij2"),
				Arguments.of("https://www.tiktok.com/@nato/video/7301234567890123456?is_from_webapp=1&sender_device=pc&_t=8kXyZ&_r=1",
						"https://www.tiktok.com/@nato/video/7301234567890123456"),
				Arguments.of("https://player.vimeo.com/video/123456789?h=abc&share=copy", "https://vimeo.com/123456789"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shareLinks")
	void aShareLinkBecomesTheNetworksOwnAddressForThePostWithoutItsTracking(String shared, String canonical) {
		SocialNetwork network = SocialNetwork.ofSite(shared).orElseThrow();

		assertThat(network.canonicalAt(shared)).contains(canonical);
		assertThat(network.idAt(canonical)).as("the same post").isEqualTo(network.idAt(shared));
		assertThat(network.canonicalAt(canonical)).as("already canonical").contains(canonical);
	}

	@Test
	void aYouTubeShortIsFramedUprightAndOtherVideosWide() {
		assertThat(SocialNetwork.YOUTUBE.shapeAt("https://www.youtube.com/shorts/dQw4w9WgXcQ"))
			.isEqualTo(SocialNetwork.Shape.VERTICAL_VIDEO);
		assertThat(SocialNetwork.YOUTUBE.shapeAt("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))
			.isEqualTo(SocialNetwork.Shape.VIDEO);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("postsAndVideos")
	void anAddressOfAPostGivesItsNetworkAndId(String address, SocialNetwork network, String id) {
		assertThat(SocialNetwork.ofSite(address)).contains(network);
		assertThat(network.idAt(address)).contains(id);
		assertThat(network.isId(id)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "https://x.com.evil.example/NATO/status/1700000000000000001",
			"https://evil.example/x.com/NATO/status/1700000000000000001",
			"https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
			"https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
			"https://evilyoutu.be/dQw4w9WgXcQ", "https://t.me.evil.example/channel/1",
			"https://bsky.app.evil.example/profile/nato.bsky.social/post/3kabcdefghij2",
			"javascript:alert(1)//x.com/NATO/status/1700000000000000001",
			"data:text/html,https://www.youtube.com/watch?v=dQw4w9WgXcQ", "//x.com/NATO/status/1700000000000000001",
			"x.com/NATO/status/1700000000000000001", "ftp://x.com/NATO/status/1700000000000000001",
			"https://x.com:8443/NATO/status/1700000000000000001", " https://x.com/NATO/status/1700000000000000001",
			"https://youtu.be/<script>xx", "https://bsky.app/profile/NATO\"/post/3kabcdefghij2",
			"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=\"alert(1)" })
	void aLookAlikeHostOrAnotherSchemeIsNoNetworksPost(String address) {
		assertThat(Arrays.stream(SocialNetwork.values()).flatMap((network) -> network.idAt(address).stream()))
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "https://x.com/NATO", "https://x.com/NATO/status/", "https://x.com/NATO/status/12a4",
			"https://x.com/NATO/status/1700000000000000001%22onload=alert(1)", "https://x.com/NATO/status/1/../../evil",
			"https://x.com/NATO/likes", "https://www.youtube.com/watch?v=dQw4w9WgXc", "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
			"https://www.youtube.com/watch?v=dQw4w9%22%3E%3Cs", "https://www.youtube.com/@NATO",
			"https://youtu.be/dQw4w9WgXcQ/../../x", "https://www.youtube.com/watch?vv=dQw4w9WgXcQ",
			"https://www.instagram.com/nato/", "https://www.instagram.com/p/C1a%27onload/",
			"https://t.me/V_Zelenskiy_official", "https://t.me/V_Zelenskiy_official/12a", "https://t.me/1channel/12",
			"https://bsky.app/profile/nato.bsky.social", "https://bsky.app/profile/nato.bsky.social/post/3kabcdefghij2%22",
			"https://www.tiktok.com/@nato",
			"https://www.tiktok.com/@nato/video/12345", "https://vimeo.com/channels/staffpicks" })
	void anAddressOnANetworkThatIsNoPostGivesNoId(String address) {
		assertThat(SocialNetwork.ofSite(address)).as("still that network's site, for the message").isPresent();
		assertThat(SocialNetwork.ofSite(address).get().idAt(address)).isEmpty();
	}

	@Test
	void theEmbedIsExactlyTheNetworksTemplateWithTheId() {
		assertThat(SocialNetwork.X.embedUrl("1861234567890123456"))
			.isEqualTo("https://platform.twitter.com/embed/Tweet.html?id=1861234567890123456&dnt=true");
		assertThat(SocialNetwork.YOUTUBE.embedUrl("dQw4w9WgXcQ"))
			.isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		assertThat(SocialNetwork.INSTAGRAM.embedUrl("C1a2B3c4D5e")).isEqualTo("https://www.instagram.com/p/C1a2B3c4D5e/embed/");
		assertThat(SocialNetwork.TELEGRAM.embedUrl("V_Zelenskiy_official/12345"))
			.isEqualTo("https://t.me/V_Zelenskiy_official/12345?embed=1");
		assertThat(SocialNetwork.BLUESKY.embedUrl("nato.bsky.social/3kabcdefghij2"))
			.isEqualTo("https://embed.bsky.app/embed/nato.bsky.social/app.bsky.feed.post/3kabcdefghij2");
		assertThat(SocialNetwork.BLUESKY.embedUrl("did:plc:z72i7hdynmk6r22z27h6tvur/3kabcdefghij2"))
			.isEqualTo("https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kabcdefghij2");
		assertThat(SocialNetwork.TIKTOK.embedUrl("7301234567890123456")).isEqualTo("https://www.tiktok.com/player/v1/7301234567890123456");
		assertThat(SocialNetwork.VIMEO.embedUrl("123456789")).isEqualTo("https://player.vimeo.com/video/123456789?dnt=1");
	}

	/**
	 * The readers' script builds the iframe's address itself (static/js/embeds.js): for each network, the
	 * same template and the same id pattern as here.
	 */
	@Test
	void theReadersScriptBuildsEveryEmbedFromTheSameTemplatesAndIdPatterns() throws IOException {
		// A regular expression literal escapes its slashes.
		String script = Files.readString(Path.of("src/main/resources/static/js/embeds.js")).replace("\\/", "/");
		for (SocialNetwork network : SocialNetwork.values()) {
			String template = network.embedTemplate;
			assertThat(script).as(network.displayName()).contains("\n  " + network.key() + ": {")
				.contains(template.substring(0, template.indexOf('{')))
				.contains(network.idPattern());
		}
		assertThat(script).as("no network the page may not frame").doesNotContainPattern("https://(?!("
				+ String.join("|", SocialNetwork.embedHosts()).replace(".", "\\.") + ")/)");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dQw4w9WgXcQ\"", "dQw4w9<WgXc", "../../evil", "dQw4w9WgXc/", "", "javascript:alert(1)" })
	void noEmbedIsBuiltFromAnythingButAnId(String notAnId) {
		assertThatIllegalArgumentException().isThrownBy(() -> SocialNetwork.YOUTUBE.embedUrl(notAnId));
		assertThatIllegalArgumentException().isThrownBy(() -> SocialNetwork.X.embedUrl(notAnId));
		assertThatIllegalArgumentException().isThrownBy(() -> SocialNetwork.BLUESKY.embedUrl(notAnId));
	}

	@Test
	void everyEmbedIsServedFromItsNetworksEmbedHostOverHttps() {
		for (SocialNetwork network : SocialNetwork.values()) {
			String example = switch (network) {
				case X, TIKTOK -> "7301234567890123456";
				case YOUTUBE, INSTAGRAM -> "dQw4w9WgXcQ";
				case TELEGRAM -> "channel_name/1";
				case BLUESKY -> "nato.bsky.social/3kabcdefghij2";
				case VIMEO -> "123456789";
			};
			assertThat(network.embedUrl(example)).as(network.displayName())
				.startsWith("https://" + network.embedHost() + "/");
		}
	}

}
