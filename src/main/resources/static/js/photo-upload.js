// The composer's gallery (admin/photo-gallery.html): photos picked (the phone's camera or library), dropped
// onto the gallery or pasted into the form are uploaded one by one, each in a row of its own with its
// progress, then its alternative text, caption and credit. Nothing else of the page is touched: a failed
// upload says the server's reason beside its photo and can be retried with the same file, kept in memory,
// while the entry's text stays as it is. Rows are placed with Move up / Move down and Remove; their inputs are
// renumbered (photos[0].key...) so the form sends them in the order shown. A form is not sent while a photo
// is still uploading or failed: the gallery says why.
//
// Loaded before composer.js: when composer.js gives a kept draft back it first tells this script which
// photos the draft had ("composer:restore"), so that their rows are there to be filled.

const NAME = /^photos\[[^\]]*\]/;

function fill(pattern, ...values) {
  return (pattern ?? '').replace(/\{(\d)\}/g, (match, i) => values[Number(i)] ?? match);
}

function csrfToken(form) {
  return form.querySelector('input[name="_csrf"]')?.value ?? document.querySelector('input[name="_csrf"]')?.value;
}

function imagesOf(dataTransfer) {
  return [...(dataTransfer?.files ?? [])].filter((file) => file.type.startsWith('image/') || file.type === '');
}

function setUp(gallery) {
  const form = gallery.closest('form');
  const texts = gallery.dataset;
  const rows = gallery.querySelector('[data-photo-rows]');
  const template = gallery.querySelector('[data-photo-template]');
  const problem = gallery.querySelector('[data-photo-problem]');
  const announcer = gallery.querySelector('[data-photo-announcer]');
  /** Per row: the file it uploads (kept for Retry) and its request while it runs. */
  const uploads = new WeakMap();

  const announce = (text) => {
    // Emptied first, so the same words said twice are said again.
    announcer.textContent = '';
    requestAnimationFrame(() => { announcer.textContent = text; });
  };

  const allRows = () => [...rows.querySelectorAll('[data-photo-row]')];

  const renumber = ({ quietly = false } = {}) => {
    allRows().forEach((row, index) => {
      for (const element of row.querySelectorAll('[name]')) {
        element.name = element.name.replace(NAME, `photos[${index}]`);
      }
      for (const element of row.querySelectorAll('[id]')) {
        element.id = element.id.replace(/^photo-[^-]+/, `photo-${index}`);
      }
      for (const label of row.querySelectorAll('label[for]')) {
        label.htmlFor = label.htmlFor.replace(/^photo-[^-]+/, `photo-${index}`);
      }
      for (const element of row.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
        for (const attribute of ['aria-describedby', 'aria-labelledby']) {
          const value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value.replace(/(^|\s)photo-[^-\s]+/g, `$1photo-${index}`));
          }
        }
      }
      row.querySelector('[data-photo-action="up"]').disabled = index === 0;
      row.querySelector('[data-photo-action="down"]').disabled = index === allRows().length - 1;
    });
    // composer.js keeps the form as typed: the new order and names too.
    if (!quietly) {
      form.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };

  const field = (row, name) => row.querySelector(`[data-photo-field="${name}"]`);

  const show = (row, state) => {
    row.dataset.state = state;
    row.querySelector('[data-photo-progress]').hidden = state !== 'uploading';
    row.querySelector('[data-photo-action="retry"]').hidden = state !== 'failed';
    for (const text of row.querySelectorAll('[data-photo-text]')) {
      text.hidden = state !== 'done';
      // Out of the browser's own checks too (a required alternative text it could not point at would stop
      // the form without a word): the gallery says what holds the form back.
      text.querySelector('input').disabled = state !== 'done';
    }
    if (state !== 'failed') {
      row.querySelector('[data-photo-failure]').hidden = true;
    }
    if (!blocking().length) {
      problem.hidden = true;
    }
  };

  const thumbnail = (row, path) => {
    const image = row.querySelector('[data-photo-thumb]');
    if (path) {
      image.src = path;
      image.hidden = false;
    }
    field(row, 'preview').value = path ?? '';
  };

  const fail = (row, message) => {
    show(row, 'failed');
    const failure = row.querySelector('[data-photo-failure]');
    failure.textContent = message;
    failure.hidden = false;
    announce(message);
  };

  const send = (row) => {
    const file = uploads.get(row)?.file;
    show(row, 'uploading');
    const progress = row.querySelector('[data-photo-progress]');
    progress.value = 0;
    const request = new XMLHttpRequest();
    uploads.set(row, { file, request });
    request.open('POST', gallery.dataset.upload);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Accept', 'application/json');
    const token = csrfToken(form);
    if (token) {
      request.setRequestHeader('X-CSRF-TOKEN', token);
    }
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        progress.value = Math.round((event.loaded / event.total) * 100);
      }
    });
    request.addEventListener('load', () => {
      let answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        // A page instead of JSON (a proxy's error, say): the generic sentence below.
      }
      if (request.status === 201 && answer.key) {
        progress.value = 100;
        field(row, 'key').value = answer.key;
        thumbnail(row, answer.preview);
        show(row, 'done');
        uploads.set(row, { file });
        announce(fill(texts.uploaded, file.name));
        field(row, 'alt').focus();
        form.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      fail(row, answer.message || texts.failed);
    });
    request.addEventListener('error', () => fail(row, texts.offline));
    request.addEventListener('timeout', () => fail(row, texts.offline));
    request.send(file);
  };

  const newRow = () => {
    const row = template.content.firstElementChild.cloneNode(true);
    for (const element of row.querySelectorAll('[data-name]')) {
      element.name = element.dataset.name;
      element.removeAttribute('data-name');
    }
    row.querySelector('[data-photo-actions]').hidden = false;
    rows.append(row);
    return row;
  };

  const upload = (files) => {
    for (const file of files) {
      const row = newRow();
      row.querySelector('[data-photo-name]').textContent = file.name;
      uploads.set(row, { file });
      renumber();
      announce(fill(texts.uploading, file.name));
      send(row);
    }
  };

  const blocking = () => allRows().filter((row) => row.dataset.state === 'uploading' || row.dataset.state === 'failed');

  const move = (row, step) => {
    const siblings = allRows();
    const index = siblings.indexOf(row);
    const target = siblings[index + step];
    if (!target) {
      return;
    }
    if (step < 0) {
      target.before(row);
    } else {
      target.after(row);
    }
    renumber();
    const button = row.querySelector(`[data-photo-action="${step < 0 ? 'up' : 'down'}"]`);
    (button.disabled ? row.querySelector(`[data-photo-action="${step < 0 ? 'down' : 'up'}"]`) : button).focus();
    announce(fill(texts.moved, index + step + 1, siblings.length));
  };

  const remove = (row) => {
    uploads.get(row)?.request?.abort();
    const siblings = allRows();
    const next = siblings[siblings.indexOf(row) + 1] ?? siblings[siblings.indexOf(row) - 1];
    row.remove();
    renumber();
    (next?.querySelector('[data-photo-action="remove"]') ?? gallery.querySelector('[data-photo-files]')).focus();
    announce(texts.removed);
  };

  rows.addEventListener('click', (event) => {
    const button = event.target.closest('[data-photo-action]');
    if (!button) {
      return;
    }
    const row = button.closest('[data-photo-row]');
    switch (button.dataset.photoAction) {
      case 'up': move(row, -1); break;
      case 'down': move(row, 1); break;
      case 'remove': remove(row); break;
      case 'retry': if (uploads.get(row)?.file) send(row); break;
      default:
    }
  });

  for (const input of gallery.querySelectorAll('[data-photo-files]')) {
    input.addEventListener('change', () => {
      upload([...input.files]);
      // The same file picked again is a new upload, not "no change".
      input.value = '';
    });
  }

  gallery.addEventListener('dragover', (event) => {
    if ([...(event.dataTransfer?.items ?? [])].some((item) => item.kind === 'file')) {
      event.preventDefault();
      gallery.classList.add('photo-gallery-dropping');
    }
  });
  gallery.addEventListener('dragleave', (event) => {
    if (!gallery.contains(event.relatedTarget)) {
      gallery.classList.remove('photo-gallery-dropping');
    }
  });
  gallery.addEventListener('drop', (event) => {
    gallery.classList.remove('photo-gallery-dropping');
    const files = imagesOf(event.dataTransfer);
    if (files.length) {
      event.preventDefault();
      upload(files);
    }
  });

  // Only a paste that carries image files is the gallery's; text and rich text stay composer-paste.js's.
  form.addEventListener('paste', (event) => {
    const files = imagesOf(event.clipboardData);
    if (files.length) {
      event.preventDefault();
      event.stopImmediatePropagation();
      upload(files);
    }
  }, true);

  // Registered before composer.js's own check: a form with a photo on its way is not sent at all.
  form.addEventListener('submit', (event) => {
    const waiting = blocking();
    if (!waiting.length) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const uploading = waiting.filter((row) => row.dataset.state === 'uploading').length;
    const failed = waiting.length - uploading;
    problem.textContent = uploading
      ? fill(uploading === 1 ? texts.pendingOne : texts.pendingMany, uploading)
      : fill(failed === 1 ? texts.failedOne : texts.failedMany, failed);
    problem.hidden = false;
    gallery.scrollIntoView({ block: 'nearest' });
  });

  // A kept draft comes back (composer.js): one row per photo it had, in its order, before its values go in.
  form.addEventListener('composer:restore', (event) => {
    const values = event.detail ?? {};
    const keys = Object.keys(values).filter((name) => /^photos\[\d+\]\.key$/.test(name) && values[name])
      .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
    for (const row of allRows()) {
      uploads.get(row)?.request?.abort();
      row.remove();
    }
    keys.forEach((name) => {
      const prefix = name.slice(0, -'.key'.length);
      const row = newRow();
      for (const element of row.querySelectorAll('[name]')) {
        element.name = element.name.replace(NAME, prefix);
      }
      thumbnail(row, values[`${prefix}.preview`]);
      field(row, 'key').value = values[name];
      show(row, 'done');
    });
    // Names as the draft had them, so composer.js fills each row; renumbered once it has.
    queueMicrotask(renumber);
  });

  for (const row of allRows()) {
    row.querySelector('[data-photo-actions]').hidden = false;
  }
  gallery.querySelector('[data-photo-pick]').hidden = false;
  // The rows as the server printed them: nothing typed yet, nothing for composer.js to keep.
  renumber({ quietly: true });
}

for (const gallery of document.querySelectorAll('[data-photo-gallery]')) {
  setUp(gallery);
}
