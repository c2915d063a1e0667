// "Copy the code" on the back office's embed page. Progressive enhancement: without this script the button
// stays hidden and the code is there to select by hand in its read-only box.

for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const field = document.getElementById(button.dataset.copyTarget);
  const status = button.parentElement.querySelector('[role=status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(field.value);
      copied = true;
    } catch {
      // No Clipboard API (a page not served over HTTPS) or refused: select the code, and try the older way.
      field.focus();
      field.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    status.textContent = copied ? button.dataset.copied : button.dataset.copyFailed;
  });
}
