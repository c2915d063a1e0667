// The webhook secret's page: a button copies the secret, shown only this once, and says it did. Without a
// clipboard (an http:// page, an old browser), the field is selected for the admin to copy by hand.
for (const button of document.querySelectorAll('[data-copy-secret]')) {
	const field = document.getElementById(button.dataset.copySecret);
	const status = document.getElementById(`${button.dataset.copySecret}-status`);
	button.addEventListener('click', async () => {
		field.select();
		try {
			await navigator.clipboard.writeText(field.value);
			if (status) {
				status.textContent = button.dataset.copied;
			}
		}
		catch {
			// The text stays selected: Ctrl+C or the phone's own Copy does it.
		}
	});
}
