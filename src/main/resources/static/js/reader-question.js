// The reader's question form (fragments/reader-question.html), sent in place: the answer is said in the form's
// status line (aria-live), and whatever the reader wrote stays on any refusal. The form works without this
// script (a plain post); with it, a fresh "form shown at" token is fetched when the reader first focuses the
// form, since the page's own was made when the (shared, cached) page was.
for (const form of document.querySelectorAll('.reader-question-form')) {
  enhance(form);
}

function enhance(form) {
  const text = form.querySelector('textarea[name="text"]');
  const token = form.querySelector('input[name="token"]');
  const status = form.querySelector('.reader-question-status');
  const count = form.querySelector('.reader-question-count');
  const send = form.querySelector('button[type="submit"]');
  const max = Number(text.dataset.max);
  let tokenAsked = false;

  const counter = () => {
    // As the server counts: a line break is one character, so is an emoji (not the two halves JavaScript counts).
    const length = [...text.value.normalize('NFC').replace(/\r\n/g, '\n')].length;
    const over = length - max;
    if (over === 1) {
      count.textContent = form.dataset.countOverOne;
    } else {
      count.textContent = over > 0
        ? form.dataset.countOver.replace('{0}', over)
        : form.dataset.count.replace('{0}', length).replace('{1}', max);
    }
    count.classList.toggle('reader-question-count-over', over > 0);
  };
  const askedBy = form.querySelector('input[name="askedBy"]');
  keepWhileUnsent(form, [text, askedBy].filter(Boolean));
  text.addEventListener('input', counter);
  counter();
  // What was said of the last question is about that one: once the reader writes the next, or the browser
  // refuses to send an empty one (no submit event then), it would speak of the wrong question.
  text.addEventListener('input', () => { status.textContent = ''; });
  text.addEventListener('invalid', () => { status.textContent = ''; });

  const freshToken = async () => {
    try {
      const response = await fetch(form.dataset.tokenUrl, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (response.ok) {
        token.value = (await response.json()).token;
        return true;
      }
    } catch {
      // The page's own token is older: it passes, unless the page was open too long (then the server says so).
    }
    return false;
  };

  form.addEventListener('focusin', () => {
    if (tokenAsked || !form.dataset.tokenUrl) {
      return;
    }
    tokenAsked = true;
    freshToken();
  });

  const post = () => fetch(form.action, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: new URLSearchParams(new FormData(form)),
    cache: 'no-store',
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (send.disabled) {
      return;
    }
    send.disabled = true;
    form.setAttribute('aria-busy', 'true');
    say(form.dataset.sending, false);
    try {
      let response = await post();
      let answer = await response.json().catch(() => ({}));
      // The form was open for hours (once more with a fresh token), or sent a moment after it was opened, a
      // question pasted in (once more as it is): after the minimum time the server names, still "Sending…".
      if ((answer.retry === 'fresh-token' && form.dataset.tokenUrl && await freshToken()) || answer.retry === 'wait') {
        const wait = Number(response.headers.get('Retry-After')) || 3;
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        response = await post();
        answer = await response.json().catch(() => ({}));
      }
      if (response.ok) {
        say(answer.message, false);
        form.querySelector('textarea[name="text"]').value = '';
        forgetKept(form);
        counter();
      } else {
        say(answer.message || form.dataset.offline, true);
        const field = answer.field && form.querySelector(`[name="${answer.field}"]`);
        if (field) {
          field.setAttribute('aria-invalid', 'true');
          field.focus();
        }
      }
    } catch {
      say(form.dataset.offline, true);
    } finally {
      send.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  function say(message, problem) {
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
    }
    status.textContent = message;
    status.classList.toggle('reader-question-status-problem', problem);
  }
}

// What the reader is writing outlives the page: a live page reloads itself now and then (the blog moved to another
// zone, say), and a phone's browser drops a page in the background. Kept in this tab only, until it is sent.
function keptKey(form) {
  return `liveblog:question:${form.action}`;
}

function keepWhileUnsent(form, fields) {
  try {
    const kept = JSON.parse(sessionStorage.getItem(keptKey(form)) || 'null');
    if (kept && fields.some((field) => kept[field.name])) {
      for (const field of fields) {
        // What the page itself brings back (a refusal printed by the server) comes first.
        field.value = field.value || kept[field.name] || '';
      }
      // The form folded away (a details element) is opened, as it was when the reader wrote in it.
      form.closest('details')?.setAttribute('open', '');
    }
  } catch {
    // storage refused or garbled: nothing kept
  }
  for (const field of fields) {
    field.addEventListener('input', () => {
      try {
        sessionStorage.setItem(keptKey(form), JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, f.value]))));
      } catch {
        // storage full or refused: the text is still in the form
      }
    });
  }
}

function forgetKept(form) {
  try {
    sessionStorage.removeItem(keptKey(form));
  } catch {
    // nothing to forget
  }
}
