// Copy-link and share buttons on entries. Progressive enhancement only: without this script the buttons
// stay hidden, and each entry's time still links to its own page.
//
// The buttons' box carries what the script needs (data-share-url, and the texts to say in the page's
// language), so entries that live.js adds later work the same: clicks are handled for the whole document.

document.documentElement.classList.add('can-share');
// "Share" only where the browser has a share sheet: elsewhere it would be a second "Copy link".
if (navigator.share) {
  document.documentElement.classList.add('can-share-sheet');
}

// Screen readers hear the outcome; the button says it briefly too.
const status = document.createElement('p');
status.className = 'share-status visually-hidden';
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
document.body.append(status);

document.addEventListener('click', async (event) => {
  const button = event.target.closest('.entry-share button[data-share-action]');
  if (!button) {
    return;
  }
  const box = button.closest('.entry-share');
  const url = new URL(box.dataset.shareUrl, location.href).href;
  if (button.dataset.shareAction === 'share' && navigator.share) {
    try {
      await navigator.share({ title: titleOf(button), url });
      return;
    } catch (error) {
      if (error.name === 'AbortError') {
        return; // the reader closed the share sheet
      }
      // Sharing refused (no user gesture left, a policy): copying still gets the link to them.
    }
  }
  if (await copy(url, button)) {
    say(box.dataset.copied, url);
    confirmOn(button, box.dataset.done);
  } else {
    showLink(box, box.dataset.copyFailed.replace('{0}', '').trim(), url);
  }
});

// Copying refused (a browser's setting, an embedding page's policy): the link in sight, selected, for the
// reader to copy by hand, under the words that say why (its label, read out as the field takes the focus).
function showLink(box, words, url) {
  let label = box.querySelector('.entry-share-link');
  if (!label) {
    label = document.createElement('label');
    label.className = 'entry-share-link';
    const field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    label.append(words, ' ', field);
    box.append(label);
  }
  const field = label.querySelector('input');
  field.value = url;
  field.focus();
  field.select();
}

function titleOf(button) {
  const headline = button.closest('article')?.querySelector('.entry-headline');
  return headline ? headline.textContent.trim() : document.title;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API here (a page not served over HTTPS) or it was refused: the older way.
    return copyBySelecting(text, button);
  }
}

function copyBySelecting(text, button) {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  button.focus();
  return copied;
}

function say(message, url) {
  // Emptied first, so the same message twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message.replace('{0}', url);
  });
}

function confirmOn(button, done) {
  if (!button.dataset.label) {
    button.dataset.label = button.textContent;
  }
  button.textContent = done;
  clearTimeout(Number(button.dataset.restore));
  button.dataset.restore = String(setTimeout(() => {
    button.textContent = button.dataset.label;
  }, 2500));
}
