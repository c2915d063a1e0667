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
