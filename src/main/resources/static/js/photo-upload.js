// The composer's gallery (admin/photo-gallery.html): photos picked (the phone's camera or library), dropped
// onto the gallery or pasted into the form are uploaded one by one, each in a row of its own with its
// progress, then its alternative text, caption and credit. Nothing else of the page is touched: a failed
// upload says the server's reason beside its photo and can be retried with the same file, kept in memory,
// while the entry's text stays as it is. Rows are placed with Move up / Move down and Remove; their inputs are
// renumbered (photos[0].key...) so the form sends them in the order shown. A form is not sent while a photo
// is still uploading or failed: the gallery says why.
//
// At most two photos are sent at once from a page: the server processes two at a time and answers the
// others "busy" (503) after a short wait, so the rest wait their turn in a queue ("Waiting to be sent"). A
// photo answered busy anyway goes back in the queue by itself after the server's Retry-After, a few times,
// then fails with Retry. A refusal (4xx: not a photo, too large, damaged...) can never succeed with the
// same file: such a row offers only Remove, its message saying what to send instead. While any upload has
// failed, a line in the form's action bar (sticky on a phone) says so and leads to the row.
//
// Loaded before composer.js: when composer.js gives a kept draft back it first tells this script which
// photos the draft had ("composer:restore"), so that their rows are there to be filled.

const NAME = /^photos\[[^\]]*\]/;

/** As many at once as the server processes (photo-core's processing slots). */
const AT_ONCE = 2;

/** Busy answers a photo is sent again after, by itself, before it fails with Retry. */
const BUSY_RETRIES = 3;

/** Seconds to wait when a busy answer says none. */
const BUSY_WAIT = 5;

function fill(pattern, ...values) {
  return (pattern ?? '').replace(/\{(\d)\}/g, (match, i) => values[Number(i)] ?? match);
}

function csrfToken(form) {
  return form.querySelector('input[name="_csrf"]')?.value ?? document.querySelector('input[name="_csrf"]')?.value;
}

function imagesOf(dataTransfer) {
  return [...(dataTransfer?.files ?? [])].filter((file) => file.type.startsWith('image/') || file.type === '');
}

// A line at the top of the form's action bar, which a phone keeps at the bottom of the screen: where the
// editor looks, unlike a failure far up the form. It leads to the first failed row.
function actionBarStatus(form, texts) {
  const actions = form.querySelector('[data-publish]')?.closest('.form-actions');
  if (!actions) {
    return { update() {} };
  }
  const line = document.createElement('p');
  line.className = 'photo-bar-status';
  line.setAttribute('aria-live', 'polite');
  const link = document.createElement('a');
  link.href = '#photo-gallery';
  line.append(link);
  line.hidden = true;
  actions.prepend(line);
  let failedRows = [];
  link.addEventListener('click', (event) => {
    const row = failedRows.find((each) => each.isConnected);
    if (!row) {
      return;
    }
    event.preventDefault();
    row.scrollIntoView({ block: 'center' });
    const action = row.querySelector('[data-photo-action="retry"]:not([hidden])')
      ?? row.querySelector('[data-photo-action="remove"]');
    action.focus({ preventScroll: true });
  });
  return {
    update(rows) {
      failedRows = rows;
      const text = rows.length ? fill(rows.length === 1 ? texts.barFailedOne : texts.barFailedMany, rows.length) : '';
      if (link.textContent !== text) {
        link.textContent = text;
      }
      line.hidden = !rows.length;
    },
  };
}

function setUp(gallery) {
  const form = gallery.closest('form');
  const texts = gallery.dataset;
  const rows = gallery.querySelector('[data-photo-rows]');
  const template = gallery.querySelector('[data-photo-template]');
  const problem = gallery.querySelector('[data-photo-problem]');
  const announcer = gallery.querySelector('[data-photo-announcer]');
  /** Per row: the file it uploads (kept for Retry), its request while it runs, the busy answers it had. */
  const uploads = new WeakMap();
  /** Rows waiting for their turn, first come first sent. */
  const queue = [];
  let sending = 0;
  const bar = actionBarStatus(form, texts);

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

  const show = (row, state, { retryable = true } = {}) => {
    row.dataset.state = state;
    row.dataset.retryable = String(retryable);
    row.querySelector('[data-photo-progress]').hidden = state !== 'uploading';
    row.querySelector('[data-photo-status]').hidden = state !== 'waiting';
    row.querySelector('[data-photo-action="retry"]').hidden = state !== 'failed' || !retryable;
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
    bar.update(allRows().filter((each) => each.dataset.state === 'failed'));
  };

  const thumbnail = (row, path) => {
    const image = row.querySelector('[data-photo-thumb]');
    if (path) {
      // Shown once it is there: no empty box in the row while it loads.
      image.hidden = true;
      image.addEventListener('load', () => { image.hidden = false; }, { once: true });
      image.src = path;
    }
    field(row, 'preview').value = path ?? '';
  };

  const fail = (row, message, { retryable = true } = {}) => {
    show(row, 'failed', { retryable });
    const failure = row.querySelector('[data-photo-failure]');
    failure.textContent = message;
    failure.hidden = false;
    announce(message);
  };

  const pump = () => {
    while (sending < AT_ONCE && queue.length) {
      const row = queue.shift();
      if (row.isConnected && row.dataset.state === 'waiting') {
        send(row);
      }
    }
  };

  const enqueue = (row) => {
    show(row, 'waiting');
    queue.push(row);
    pump();
  };

  const send = (row) => {
    const { file, busy = 0 } = uploads.get(row) ?? {};
    show(row, 'uploading');
    const progress = row.querySelector('[data-photo-progress]');
    progress.value = 0;
    const request = new XMLHttpRequest();
    uploads.set(row, { file, request, busy });
    sending += 1;
    // Once per request, however it ends (answered, lost, aborted by Remove): the next in the queue goes.
    request.addEventListener('loadend', () => {
      sending -= 1;
      pump();
    });
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
        // The alternative text is asked for at once, unless the editor has gone on typing meanwhile (in the
        // text, in another photo's fields): an upload that ends mid-word must not take their keystrokes.
        const active = document.activeElement;
        if (!active || active === document.body || !active.matches('input:not([type=file]), textarea, select')) {
          field(row, 'alt').focus();
        }
        form.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      if (request.status === 503 && busy < BUSY_RETRIES) {
        // Busy: in the queue again after the server's wait, by itself; the row says why it waits.
        const seconds = Number.parseInt(request.getResponseHeader('Retry-After'), 10);
        uploads.set(row, { file, busy: busy + 1 });
        show(row, 'waiting');
        if (answer.message) {
          row.querySelector('[data-photo-status]').textContent = answer.message;
        }
        setTimeout(() => {
          if (row.isConnected && row.dataset.state === 'waiting') {
            row.querySelector('[data-photo-status]').textContent = texts.waiting;
            queue.push(row);
            pump();
          }
        }, (Number.isFinite(seconds) && seconds >= 0 ? seconds : BUSY_WAIT) * 1000);
        return;
      }
      uploads.set(row, { file });
      if (request.status === 503) {
        fail(row, texts.stillBusy);
      } else if (request.status >= 400 && request.status < 500 && request.status !== 408 && request.status !== 429) {
        // The same file would be refused again (a timeout or too many requests would not): only Remove is
        // offered, the message says what to send instead.
        fail(row, answer.message || texts.refusedFile, { retryable: false });
      } else {
        fail(row, answer.message || texts.failed);
      }
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
      if (file.size > Number(texts.maxBytes)) {
        // Refused here, not sent: the server would not read so large a body, and the browser would only see
        // the connection close, a failure Retry cannot mend.
        fail(row, texts.tooLarge, { retryable: false });
        continue;
      }
      announce(fill(texts.uploading, file.name));
      enqueue(row);
    }
  };

  const blocking = () => allRows().filter((row) => ['waiting', 'uploading', 'failed'].includes(row.dataset.state));

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
    bar.update(allRows().filter((each) => each.dataset.state === 'failed'));
    if (!blocking().length) {
      problem.hidden = true;
    }
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
      case 'retry': if (uploads.get(row)?.file) enqueue(row); break;
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
    const uploading = waiting.filter((row) => row.dataset.state !== 'failed').length;
    const failed = waiting.length - uploading;
    // "Retry it" only where a retry can help: refused files can only be removed.
    const refusedOnly = waiting.every((row) => row.dataset.state === 'failed' && row.dataset.retryable === 'false');
    if (uploading) {
      problem.textContent = fill(uploading === 1 ? texts.pendingOne : texts.pendingMany, uploading);
    } else if (refusedOnly) {
      problem.textContent = fill(failed === 1 ? texts.refusedOne : texts.refusedMany, failed);
    } else {
      problem.textContent = fill(failed === 1 ? texts.failedOne : texts.failedMany, failed);
    }
    problem.hidden = false;
    gallery.scrollIntoView({ block: 'nearest' });
  });

  // A kept draft comes back (composer.js): one row per photo it had, in its order, before its values go in.
  form.addEventListener('composer:restore', (event) => {
    const values = event.detail ?? {};
    const keys = Object.keys(values).filter((name) => /^photos\[\d+\]\.key$/.test(name) && values[name])
      .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
    queue.length = 0;
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
