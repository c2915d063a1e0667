package news.liveblog.system;

import java.net.URI;

import news.liveblog.system.OutboundAddress.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/",
			"https://172.16.0.1/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/",
			"https://[::1]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://0.0.0.0/", "https://100.64.0.1/",
			"https://224.0.0.1/" })
	void theServersOwnNetworksAreRefused(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), false)).contains(Refusal.PRIVATE_NETWORK);
	}

	/** The forms a list of private ranges misses: IPv4 inside IPv6, benchmarking, reserved, documentation. */
	@ParameterizedTest
	@ValueSource(strings = { "https://[64:ff9b::7f00:1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[64:ff9b:1::1]/",
			"https://[2002:7f00:1::1]/", "https://[2002:a00:1::]/", "https://[::127.0.0.1]/", "https://[::ffff:10.0.0.1]/",
			"https://[::ffff:0:7f00:1]/", "https://[2001::1]/", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
			"https://[2001:db8::1]/", "https://[3fff::1]/", "https://[100::1]/", "https://[ff02::1]/", "https://[::]/",
			"https://198.18.0.1/", "https://198.19.255.255/", "https://192.0.0.8/", "https://240.0.0.1/",
			"https://255.255.255.255/", "https://192.0.2.1/", "https://198.51.100.7/", "https://203.0.113.9/",
			"https://192.88.99.1/", "https://100.127.255.254/", "https://172.31.255.255/" })
	void everyOtherFormOfANonPublicAddressIsRefused(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), false)).contains(Refusal.PRIVATE_NETWORK);
	}

	/** IPv4 inside NAT64 or 6to4 is judged by that IPv4 address: a public one through DNS64 is the internet. */
	@ParameterizedTest
	@ValueSource(strings = { "https://[64:ff9b::5db8:d70e]/", "https://[2002:5db8:d70e::1]/", "https://[::ffff:93.184.215.14]/",
			"https://100.128.0.1/", "https://172.32.0.1/", "https://198.20.0.1/", "https://[2a00:1450:4007:80c::200e]/" })
	void publicAddressesInTheirOtherFormsAreTaken(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://93.184.215.14/hook", "ftp://93.184.215.14/", "javascript:alert(1)", "/relative",
			"https://user:secret@93.184.215.14/" })
	void onlyHttpsAddressesAreTaken(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), false)).contains(Refusal.NOT_HTTPS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://93.184.215.14/hook", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook" })
	void publicAddressesAreTaken(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "https://localhost/hook" })
	void privateNetworksWhenTheOperatorAllowsThem(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), true)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://no-such-host.invalid/hook" })
	void aNameThatDoesNotResolveIsRefused(String address) {
		assertThat(OutboundAddress.refusal(URI.create(address), false)).contains(Refusal.UNKNOWN_HOST);
	}

}
