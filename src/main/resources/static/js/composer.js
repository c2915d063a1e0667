// The composer and the correction form: nothing an editor types is lost, and nothing goes out twice.
// Progressive enhancement only: every form works without this script (the server keeps a refused text in
// the form, a one-time token makes a resent form publish once, and an ended session leads back to the page
// through signing in). What this script adds:
// - each form's fields are kept in this browser as they are typed (localStorage, per account, blog and
//   entry), given back when the page is opened again (only offered, when the entry was saved since, on
//   another device say), and forgotten once the server has them;
// - while the editor works, the session is kept alive; before a form goes, the session is checked: if it
//   ended, the editor signs in and comes back to the text; if the server cannot be reached, the page says
//   so and keeps everything;
// - a counter beside each limited field, which warns over the limit (nothing is ever cut);
// - Ctrl+Enter (Cmd+Enter on a Mac) presses the form's publish button.

const STORE = 'liveblog.draft.';

/**
 * A session ends after 30 minutes unused: an editor at work touches it far more often than that. At work
 * means input in the form (keys, typing, the pointer); the desk's background calls follow the same rule
 * (away.js), so that only work keeps a session alive.
 */
const KEEP_ALIVE_AFTER_MS = 2 * 60 * 1000;

/**
 * The server's request limit (server.jetty.max-http-form-post-size): a form over it gets a bare 413 page,
 * so a text that large is not sent at all; anything under it comes back with the counter's warning.
 */
const MAX_FORM_BYTES = 512 * 1024;

/** How long the check before sending may take before the server counts as unreachable. */
const CHECK_TIMEOUT_MS = 8000;

const texts = document.querySelector('[data-composer-texts]')?.dataset ?? {};
const language = document.documentElement.lang || undefined;

function fill(pattern, ...values) {
  return (pattern ?? '').replace(/\{(\d)\}/g, (match, i) => values[Number(i)] ?? match);
}

function number(value) {
  return new Intl.NumberFormat(language).format(value);
}

// A time of day in the blog's zone, as the entry list and the scheduling field give theirs: an editor abroad
// reads one clock on the whole page. The browser's own zone if it does not know the blog's.
function clock(time) {
  const date = new Date(time);
  const format = { hour: 'numeric', minute: '2-digit' };
  try {
    const name = zoneName(date);
    if (name) {
      // As the server prints a time: "8:30 PM CET".
      return `${new Intl.DateTimeFormat(language, { ...format, timeZone: texts.timeZone }).format(date)} ${name}`;
    }
    return new Intl.DateTimeFormat(language, { ...format, timeZoneName: 'short', timeZone: texts.timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(language, { ...format, timeZoneName: 'short' }).format(date);
  }
}

/** The blog's zone's name at that time as the server says it (data-zone-names: "3600:CET 7200:CEST"), if it says. */
function zoneName(date) {
  const offset = new Intl.DateTimeFormat('en', { timeZone: texts.timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
  const parts = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(offset ?? '');
  if (!parts) {
    return null;
  }
  const seconds = parts[1] ? (parts[1] === '-' ? -1 : 1) * (Number(parts[2]) * 3600 + Number(parts[3]) * 60) : 0;
  // A name may hold a colon itself ("GMT+03:00", where Java knows no abbreviation): split at the first one.
  const names = new Map((texts.zoneNames ?? '').split(' ').filter(Boolean)
    .map((pair) => [Number(pair.slice(0, pair.indexOf(':'))), pair.slice(pair.indexOf(':') + 1)]));
  return names.get(seconds) ?? null;
}

// Storage may be full or forbidden (private windows of some browsers): the form then works as without
// this script.
const storage = {
  read(key) {
    try {
      return JSON.parse(localStorage.getItem(STORE + key));
    } catch {
      return null;
    }
  },
  write(key, draft) {
    try {
      localStorage.setItem(STORE + key, JSON.stringify(draft));
    } catch {
      // Nothing more to do: the text is still in the form.
    }
  },
  forget(key) {
    try {
      localStorage.removeItem(STORE + key);
    } catch {
      // As above.
    }
  },
};

// Not kept: the server's, as of this page. The pin a new entry would replace (pinReplacing) is the one pinned now,
// named beside the box (a live region): one kept from earlier was put back over it, and Publish, pinned, was refused
// as if a colleague had pinned another meanwhile; as a filled-in field, it also made an empty composer look written.
const NOT_KEPT = new Set(['publishAgain', 'scheduledIn', 'pinReplacing']);

/**
 * The fields an editor fills in; not the CSRF token (nor any other `_` field), the buttons, the deliberate "publish
 * again", the zone the page names beside the time field (a text given back on a later page goes with that page's
 * zone and label), nor the pin it would replace.
 */
function fields(form) {
  return [...form.elements].filter((element) => element.name && !NOT_KEPT.has(element.name)
    && !element.name.startsWith('_') && element.type !== 'submit' && element.type !== 'button');
}

function valuesOf(form) {
  const values = {};
  for (const field of fields(form)) {
    values[field.name] = (field.type === 'checkbox') ? field.checked : field.value;
  }
  return values;
}

function put(form, values) {
  // Rows some fields live in (the gallery's photos, photo-upload.js) are made for these values first.
  form.dispatchEvent(new CustomEvent('composer:restore', { detail: values }));
  for (const field of fields(form)) {
    if (!(field.name in values)) {
      continue;
    }
    if (field.type === 'checkbox') {
      field.checked = Boolean(values[field.name]);
    } else {
      field.value = values[field.name];
    }
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Media fields folded away would hide what came back.
  for (const details of form.querySelectorAll('details')) {
    if ([...details.querySelectorAll('input, textarea')].some((field) => field.type !== 'checkbox' && field.value)) {
      details.open = true;
    }
  }
}

/** What the editor wrote, without the hidden fields (token, version) that only ride along. */
function written(values) {
  return Object.entries(values).filter(([, value]) => typeof value === 'string' && value.trim() !== '')
    .some(([name]) => name !== 'submissionToken' && name !== 'version' && !NOT_KEPT.has(name));
}

/**
 * What a kept text brings back besides its words, said in its notice: an image, a link card, a post or photos sit in
 * folded parts below the text, and would otherwise go out with the next Publish unseen.
 */
function alsoBack(values) {
  const filled = (name) => typeof values[name] === 'string' && values[name].trim() !== '';
  const parts = [
    filled('image.url') && texts.restoredImage,
    filled('link.url') && texts.restoredLink,
    filled('post.url') && texts.restoredPost,
    Object.keys(values).some((name) => /^photos\[\d+\]\.key$/.test(name) && filled(name)) && texts.restoredPhotos,
  ].filter(Boolean);
  return parts.length > 0 && texts.restoredWith ? ` ${fill(texts.restoredWith, parts.join(', '))}` : '';
}

/** Whether the server's entry is a later version than the one the kept text was written over. */
function savedSince(kept, served) {
  const version = (values) => (/^\d+$/.test(values?.version ?? '') ? Number(values.version) : null);
  return version(kept) !== null && version(served) !== null && version(kept) < version(served);
}

function sameText(a, b) {
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

// An empty field (or a box not ticked) and one the page does not have are the same text: a refused correction's
// page may lack the public note's field, and the text kept was no other text for that.
function strip(values) {
  const { submissionToken, version, ...text } = values;
  return Object.fromEntries(Object.entries(text).filter(([name, value]) => value !== '' && value !== false
    && value != null && !NOT_KEPT.has(name)).sort());
}

// Messages: one live region by the buttons (sending), one notice at the top (a text given back).

function statusOf(form) {
  let status = form.querySelector('.composer-status');
  if (!status) {
    status = document.createElement('p');
    status.className = 'composer-status';
    status.setAttribute('role', 'status');
    const actions = form.querySelector('.form-actions');
    if (actions) {
      actions.before(status);
    } else {
      form.append(status);
    }
  }
  return status;
}

function say(form, text, kind, link) {
  const status = statusOf(form);
  status.replaceChildren(text);
  status.classList.toggle('composer-status-problem', kind === 'problem');
  if (link) {
    status.append(' ', link);
  }
}

function notice(form, text, buttons) {
  form.querySelector('.draft-notice')?.remove();
  const box = document.createElement('div');
  box.className = 'draft-notice';
  box.setAttribute('role', 'status');
  const words = document.createElement('p');
  words.textContent = text;
  box.append(words);
  for (const [label, action] of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = label;
    button.addEventListener('click', () => {
      action();
      box.remove();
    });
    box.append(button);
  }
  form.prepend(box);
}

// The session: kept alive while the editor works, checked before a form goes.

/** Why the server signed the session out, when it says (disabled, passwordReset); null when it ran out. */
let endedBecause = null;

function sessionEndedWords() {
  const words = {
    disabled: texts.accountDisabled,
    passwordReset: texts.passwordReset,
    otherAccount: document.getElementById('session-ended')?.dataset.otherAccount,
  }[endedBecause];
  return words ?? texts.sessionEnded ?? '';
}

async function checkSession(form) {
  endedBecause = null;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), CHECK_TIMEOUT_MS);
  try {
    const response = await fetch(form.dataset.session, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
      redirect: 'manual',
      signal: abort.signal,
    });
    if (response.status === 401 || response.type === 'opaqueredirect') {
      // An admin disabled the account or reset its password (account.SignedOutBecause): said as such.
      endedBecause = response.headers.get('X-Signed-Out-Because');
      return 'ended';
    }
    const page = document.getElementById('session-ended')?.dataset.editor;
    const session = response.headers.get('X-Signed-In-As');
    if (page && session && page !== session) {
      // Signed in to another account in another tab: what this page holds is this account's, and is not sent
      // under the other's name (session-ended.js says so, and how to go on).
      endedBecause = 'otherAccount';
      return 'ended';
    }
    const token = response.headers.get('X-CSRF-TOKEN');
    if (token) {
      // Signed in again in another tab: every form of the page carries the new session's token.
      for (const field of document.querySelectorAll('input[name="_csrf"]')) {
        field.value = token;
      }
    }
    // Any other answer (a 503 while the database is out) comes from the server, which keeps the text.
    return 'reached';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

function resumeUrl(form) {
  return `${form.dataset.page}?resume`;
}

function signInLink(form) {
  const link = document.createElement('a');
  link.href = resumeUrl(form);
  link.textContent = texts.signIn ?? '';
  return link;
}

// The session ended under the editor's text: said where they look (session-ended.js: the top of the screen and the
// header). Nothing more is needed to keep the text: it is in the form and in this browser, and the link signs in
// and comes back to it (as Publish would). Beside the form, should the page have no notice or the module not load.
async function tellSessionEnded(form, onSignedInAgain) {
  const notice = document.getElementById('session-ended');
  let told = false;
  try {
    const { tellSessionEnded: tell } = await import(notice?.dataset.script);
    told = tell(sessionEndedWords(), resumeUrl(form), { onSignedInAgain });
  } catch {
    // said beside the form instead
  }
  if (!told) {
    say(form, sessionEndedWords(), 'problem', signInLink(form));
  }
}

function keepAlive(form) {
  let lastContact = Date.now();
  let ended = false;
  const touch = async () => {
    if (ended || Date.now() - lastContact < KEEP_ALIVE_AFTER_MS) {
      return;
    }
    lastContact = Date.now();
    if (await checkSession(form) === 'ended') {
      endedUnderTheText();
    }
  };
  const endedUnderTheText = () => {
    ended = true;
    // Signed in again in another tab: kept alive again as the editor works.
    tellSessionEnded(form, () => {
      ended = false;
      lastContact = Date.now();
    });
  };
  for (const kind of ['input', 'keydown', 'pointerdown']) {
    form.addEventListener(kind, touch, { passive: true });
  }
  // The desk's stream found the session ended first (an editor who left the page idle): said in this script's
  // words, about the text under way, not the desk's (desk.js).
  document.addEventListener('desk:session-ended', (event) => {
    if (!ended) {
      endedBecause = (typeof event.detail === 'string') ? event.detail : null;
      endedUnderTheText();
    }
  });
}

// Drafts: kept as typed, given back, forgotten once the server has them.

function keepDrafts(form) {
  const key = form.dataset.draft;
  const formerly = form.dataset.draftFormerly;
  const keptFormerly = formerly && storage.read(formerly);
  if (keptFormerly) {
    // Kept under the blog's address by an earlier version of this page: kept under its id from now on.
    if (!storage.read(key)) {
      storage.write(key, keptFormerly);
    }
    storage.forget(formerly);
  }
  const served = valuesOf(form);
  const draft = storage.read(key);
  const resuming = new URLSearchParams(location.search).has('resume');
  if (resuming) {
    // Back from signing in: a reload should not count as coming back again.
    history.replaceState(history.state, '', location.pathname + location.hash);
  }
  const keptDiffers = draft && written(draft.values) && !sameText(draft.values, served);
  if (keptDiffers) {
    const restore = () => put(form, draft.values);
    const discard = () => {
      storage.forget(key);
      put(form, served);
    };
    const emptyComposer = !written(served);
    if (savedSince(draft.values, served)) {
      // The entry was saved after this browser kept its text: on another device (the phone, then the laptop)
      // or by a colleague. The newer text stays in the form; the kept one is only offered. Put back, it
      // carries the version it was written over, so the server merges it rather than overwrite the newer one.
      notice(form, fill(texts.keptOlder, clock(draft.savedAt)) + alsoBack(draft.values),
        [[texts.restore, () => { restore(); save(); }], [texts.discard, () => storage.forget(key)]]);
    } else if (emptyComposer || resuming) {
      // Nothing the server filled in is covered: give the text back at once, with a way to drop it.
      restore();
      notice(form, fill(texts.restored, clock(draft.savedAt)) + alsoBack(draft.values), [[texts.discard, discard]]);
    } else {
      // The server filled the form (the entry as it is now, or a refused text): the editor chooses.
      notice(form, fill(texts.kept, clock(draft.savedAt)) + alsoBack(draft.values),
        [[texts.restore, () => { restore(); save(); }], [texts.discard, () => storage.forget(key)]]);
    }
  }
  let pending;
  const save = () => {
    clearTimeout(pending);
    const values = valuesOf(form);
    if (written(values)) {
      storage.write(key, { values, savedAt: Date.now() });
    } else {
      storage.forget(key);
    }
  };
  form.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  form.addEventListener('change', save);
  if (!keptDiffers && written(served) && key.endsWith('/new')) {
    // A new entry's text the server filled in (a preview, a refused send, "Write it as a new entry" from a retracted
    // one) is kept at once, as typed text is: left without a keystroke, it was lost.
    save();
  }
  // A phone may drop a background tab without a word: keep the last keystrokes before it goes.
  addEventListener('pagehide', () => { if (pending) save(); });
  document.addEventListener('visibilitychange', () => { if (document.hidden && pending) save(); });
  return save;
}

/**
 * The server took a text: the page after a successful send names the new entry's token (the composer) or the entry
 * whose text it saved (any page: an editor who published or sent back a submission lands on the review queue).
 */
function forgetReceived() {
  const entry = document.querySelector('meta[name="draft-received"]')?.content;
  if (entry) {
    storage.forget(entry);
  }
  const composer = document.querySelector('form[data-draft][data-received-token]');
  const received = composer?.dataset.receivedToken;
  if (received && storage.read(composer.dataset.draft)?.values?.submissionToken === received) {
    storage.forget(composer.dataset.draft);
  }
}

// Sending: check first, then let the form go as it would without this script.

function guardSending(form, save) {
  let checked = false;
  let busy = false;
  form.addEventListener('submit', async (event) => {
    if (checked) {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    save();
    const submitter = event.submitter;
    const data = new FormData(form);
    if (submitter?.name) {
      data.append(submitter.name, submitter.value);
    }
    if (new URLSearchParams(data).toString().length > MAX_FORM_BYTES) {
      say(form, texts.tooLarge ?? '', 'problem');
      return;
    }
    busy = true;
    // Its own button, inside it or tied to it from elsewhere on the page (form="…"), with the address it may name.
    const button = submitter?.form === form ? submitter : undefined;
    const sent = showSending(form, button);
    say(form, texts.checking ?? '');
    const answer = await checkSession(form);
    busy = false;
    if (answer !== 'reached') {
      sent.giveBack();
    }
    if (answer === 'unreachable') {
      say(form, texts.offline ?? '', 'problem');
      return;
    }
    if (answer === 'ended' && endedBecause === 'otherAccount') {
      // Nothing to sign in to: the browser is signed in, as someone else. Said, and the text stays here.
      say(form, sessionEndedWords(), 'problem');
      tellSessionEnded(form);
      return;
    }
    if (answer === 'ended') {
      say(form, sessionEndedWords(), 'problem', signInLink(form));
      location.assign(resumeUrl(form));
      return;
    }
    checked = true;
    form.requestSubmit(button);
    checked = false;
  });
}

// On its way: the pressed button says so until the next page comes, so that a slow answer (a busy server during
// big news) is not taken for a press that did not take. Given back when the form could not go, or after a while
// should the page stay (the browser's Stop): a form sent again is safe, its token makes it one entry.
const SENDING_SHOWN_MS = 20_000;

function showSending(form, button) {
  const label = button?.textContent;
  form.setAttribute('aria-busy', 'true');
  if (button && texts.checking) {
    button.textContent = texts.checking;
    button.classList.add('button-sending');
  }
  const giveBack = () => {
    clearTimeout(timer);
    form.removeAttribute('aria-busy');
    if (button && label) {
      button.textContent = label;
      button.classList.remove('button-sending');
    }
  };
  const timer = setTimeout(giveBack, SENDING_SHOWN_MS);
  return { giveBack };
}

// Counters: the limit in sight, never a cut.

function countCharacters(field) {
  const max = Number(field.dataset.max);
  const counter = document.createElement('p');
  counter.className = 'char-count';
  counter.id = `${field.id || field.name}-count`;
  field.after(counter);
  field.setAttribute('aria-describedby',
    [field.getAttribute('aria-describedby'), counter.id].filter(Boolean).join(' '));
  const alwaysShown = field.tagName === 'TEXTAREA';
  let wasOver = false;
  const update = () => {
    // In characters as the server counts them: an emoji is one, not the two halves of JavaScript's length.
    const length = [...field.value.normalize('NFC').replace(/\r\n/g, '\n')].length;
    const over = length - max;
    counter.hidden = !(over > 0 || (alwaysShown ? length > 0 : length >= max * 0.8));
    counter.textContent = (over > 0)
      ? fill(texts.countOver ?? '{0} / {1}', number(length), number(max), number(over))
      : fill(texts.count ?? '{0} / {1}', number(length), number(max));
    counter.classList.toggle('char-count-over', over > 0);
    field.classList.toggle('over-limit', over > 0);
    // Said once when the limit is crossed, not at every keystroke.
    counter.setAttribute('aria-live', (over > 0 && !wasOver) ? 'assertive' : 'off');
    wasOver = over > 0;
  };
  field.addEventListener('input', update);
  update();
}

for (const field of document.querySelectorAll('form [data-max]')) {
  countCharacters(field);
}

// A list refreshed by desk.js (a live region) brings fields of its own, a retraction's reason: counted too.
document.addEventListener('desk:refreshed', (event) => {
  for (const field of event.target.querySelectorAll('form [data-max]')) {
    countCharacters(field);
  }
});

forgetReceived();

for (const form of document.querySelectorAll('form[data-draft]')) {
  const save = keepDrafts(form);
  if (form.dataset.session) {
    keepAlive(form);
    guardSending(form, save);
  }
}

// On a phone the form's action bar stays at the bottom of the screen (admin.css), as tall as its buttons wrap to:
// three rows on a submission's page (four buttons), more than the scroll padding admin.css gives it. A field focused
// under the bar (tabbed into, given the focus after an upload, or the one the browser's own checks stop the form at)
// is scrolled to just above it, once the browser has scrolled as it would.
for (const bar of document.querySelectorAll('.composer-form .form-actions')) {
  bar.closest('form').addEventListener('focusin', (event) => {
    if (bar.contains(event.target)) {
      return;
    }
    requestAnimationFrame(() => {
      const field = event.target.getBoundingClientRect();
      const covering = bar.getBoundingClientRect();
      if (field.bottom > covering.top && field.top < covering.bottom) {
        window.scrollBy({ top: field.bottom - covering.top + 16, behavior: 'instant' });
      }
    });
  });
}

for (const form of document.querySelectorAll('form[data-publish-shortcut]')) {
  const publish = form.querySelector('[data-publish]');
  if (!publish) {
    continue;
  }
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat) {
      event.preventDefault();
      // Not a button the page took away (admin.css: an entry retracted meanwhile).
      if (publish.checkVisibility?.() ?? true) {
        form.requestSubmit(publish);
      }
    }
  });
}

// A composer brought back from the browser's memory (Back after publishing) shows what it showed then;
// ask the server for it anew: an empty form once its text went out, the kept text otherwise.
addEventListener('pageshow', (event) => {
  if (event.persisted && document.querySelector('form[data-draft]')) {
    location.reload();
  }
});

// After publishing, the composer comes back empty: put the cursor in the text, ready for the next entry.
const body = document.querySelector('form#composer textarea[name="body"]');
if (body && !body.value) {
  body.focus();
}

// A form that came back with problems: the first said in sight and read out, at the top of the form (the page
// opens at the top of the screen; on a phone the form starts a screen below, the field in error further down).
const problems = document.querySelector('form [data-form-problems]');
if (problems) {
  problems.focus({ preventScroll: true });
  problems.scrollIntoView({ block: 'start', behavior: 'instant' });
}

// An image address that loads nothing shows readers an empty frame: said in the preview, above the image.
for (const image of document.querySelectorAll('section.preview img.entry-image, section.preview img.link-card-image')) {
  const warn = () => {
    const warning = document.createElement('p');
    warning.className = 'flash flash-warning image-not-loaded';
    warning.setAttribute('role', 'alert');
    warning.textContent = texts.imageNotLoaded ?? '';
    (image.closest('figure, .link-card') ?? image).before(warning);
  };
  if (image.complete && image.naturalWidth === 0) {
    warn();
  } else {
    image.addEventListener('error', warn, { once: true });
  }
}

// A preview asked for: in sight and read out. It follows the form, a screen or two below the button on a phone.
const preview = document.querySelector('section.preview');
if (preview && !problems) {
  preview.focus({ preventScroll: true });
  preview.scrollIntoView({ block: 'start', behavior: 'instant' });
}
