// The composer's keyboard shortcut: Ctrl+Enter (Cmd+Enter on a Mac) presses the form's publish button.
// Progressive enhancement only: every button works without this script.

for (const form of document.querySelectorAll('form[data-publish-shortcut]')) {
  const publish = form.querySelector('[data-publish]');
  if (!publish) {
    continue;
  }
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat) {
      event.preventDefault();
      form.requestSubmit(publish);
    }
  });
}

// After publishing, the composer comes back empty: put the cursor in the text, ready for the next entry.
const body = document.querySelector('form#composer textarea[name="body"]');
if (body && !body.value) {
  body.focus();
}
