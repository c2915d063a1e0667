package news.liveblog.backoffice;

import news.liveblog.feed.PublicAddresses;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The composer's links to the blog and its entries as readers see them: their public addresses, which may
 * be on another host than the back office.
 */
@ControllerAdvice(assignableTypes = { ComposerController.class, EntryListController.class, ReviewController.class })
class PublicAddressesAdvice {

	private final PublicAddresses addresses;

	PublicAddressesAdvice(PublicAddresses addresses) {
		this.addresses = addresses;
	}

	@ModelAttribute("publicAddresses")
	PublicAddresses publicAddresses() {
		return this.addresses;
	}

}
