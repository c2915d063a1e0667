// Presence on a blog's desk, and its readers now. Progressive enhancement only: without this script every
// page works as before (and two people saving one entry still meet the conflict page); with it:
// - a page with [data-presence] (the composer, an entry's edit page, the review queue) beats every few
//   seconds while it is visible, saying which blog it is on and which entry it has open, and says goodbye
//   with a beacon when it is left. A browser that dies says nothing: its presence ends with the server's
//   expiry. Each answer says, in the editor's language, who else is on the desk, who else has this entry
//   open, which entries of the lists others have open, and the blog's readers now and today's peak;
// - the dashboard (a script with [data-readers-poll]) asks for every blog's readers now every 15 seconds.
// The server makes every sentence: this script only puts them in place.
//
// Neither beats nor polls while the person at the page is away (away.js: no input for a few minutes): they
// are then off the desk after the expiry, and a page left open never keeps its session alive. The first
// input beats (or polls) at once. Every call says it is a script's (X-Requested-With), never a page's.

const READERS_POLL_MS = 15_000;

/** When an answer did not say (the server could not be reached), the next beat comes after this long. */
const DEFAULT_BEAT_MS = 10_000;

/** After a list changed under a marker, the beat that checks it comes this much later (the goodbye's head start). */
const AFTER_A_CHANGE_MS = 1500;

const SCRIPT_CALL = { 'X-Requested-With': 'XMLHttpRequest' };

// The rule of being away, by the page's own (content-hashed) address: the same module instance as desk.js's.
const away = await import(document.getElementById('desk-status')?.dataset.deskAwayScript)
  .catch(() => ({ isAway: () => false, onBack: () => {} }));

const presence = document.querySelector('[data-presence]');
if (presence) {
  beatFor(presence);
}
const readersPoll = document.querySelector('[data-readers-poll]');
if (readersPoll) {
  pollReaders(readersPoll.dataset.readersPoll);
}

function beatFor(root) {
  // One id per page load, not per tab: a beacon from the page being left can then never remove the next
  // page's presence, whatever order the two reach the server in.
  const page = pageId();
  let timer;
  let last;

  const form = () => {
    const fields = new URLSearchParams({ tab: page, blog: root.dataset.presenceBlog, doing: root.dataset.presenceDoing });
    if (root.dataset.presenceEntry) {
      fields.set('entry', root.dataset.presenceEntry);
    }
    // The page's current token: the composer's script renews every token field after a new sign-in.
    const token = document.querySelector('input[name="_csrf"]');
    if (token) {
      fields.set('_csrf', token.value);
    }
    return fields;
  };

  let beating = false;
  let outOfDate = false;
  const beat = async () => {
    clearTimeout(timer);
    if (outOfDate || beating || document.visibilityState !== 'visible' || away.isAway()) {
      return; // one beat at a time; a hidden page beats again when shown, an unattended one at the next input
    }
    beating = true;
    let next = DEFAULT_BEAT_MS;
    try {
      const response = await fetch(root.dataset.presence, {
        method: 'POST',
        body: form(),
        headers: { Accept: 'application/json', ...SCRIPT_CALL },
        credentials: 'same-origin',
        redirect: 'manual',
        cache: 'no-store',
      });
      if (response.ok) {
        last = await response.json();
        next = last.nextHeartbeatMillis || DEFAULT_BEAT_MS;
      } else {
        // Signed out, or refused: say nothing rather than something stale.
        last = null;
        if (response.status === 401 || response.status === 403) {
          // Signed out (here or in another tab): no beats every few seconds for ever. The next input or
          // return to the tab tries again, with the page's token as a new sign-in renewed it.
          next = null;
        } else if (response.status === 404 || response.status === 409) {
          // The page's entry (or blog) was deleted, retracted or published meanwhile: nothing to be present on
          // any more, and no answer will change until the page is left (the page itself says what happened; the
          // element says this script stopped, data-presence-state).
          outOfDate = true;
          root.dataset.presenceState = 'out-of-date';
          next = null;
        }
      }
    } catch {
      last = null; // the server is out of reach: try again at the next beat
    }
    beating = false;
    show(root, last);
    if (next !== null) {
      timer = setTimeout(beat, next);
    }
  };

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      beat();
    }
  });
  away.onBack(beat);
  window.addEventListener('pagehide', () => {
    clearTimeout(timer);
    navigator.sendBeacon?.(root.dataset.presenceLeave, form());
  });
  // Signing out: the goodbye goes first, while the session it needs still holds (the page's own goodbye comes
  // after the sign-out's answer, too late: colleagues saw the editor on the desk until the expiry, half a minute).
  const signOut = document.querySelector('form.admin-signout');
  signOut?.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const goodbye = fetch(root.dataset.presenceLeave, {
      method: 'POST', body: form(), headers: SCRIPT_CALL, credentials: 'same-origin', keepalive: true,
    }).catch(() => {});
    // Never held up long: the expiry still ends a presence whose goodbye is lost.
    await Promise.race([goodbye, new Promise((resolve) => setTimeout(resolve, 1000))]);
    signOut.submit();
  }, { once: true });
  // Brought back from the browser's cache (Back): the goodbye was said, so beat again at once.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      beat();
    }
  });
  // Lists refreshed by desk.js come without markers: put them back from the last answer. A change to an entry a
  // colleague has open often ends their correction (they published it, sent it back): the marker the last answer
  // puts back may be stale, so ask again soon, once their goodbye has arrived, rather than at the next beat.
  let pending = false;
  new MutationObserver((mutations) => {
    const listsChanged = mutations.some((mutation) => [...mutation.addedNodes].some((node) =>
      node.nodeType === Node.ELEMENT_NODE && (node.matches('[data-entry-id]') || node.querySelector('[data-entry-id]'))));
    if (listsChanged && !pending) {
      pending = true;
      queueMicrotask(() => {
        pending = false;
        const editing = last?.editing ?? {};
        markEntries(editing);
        if (Object.keys(editing).length > 0 && !outOfDate) {
          clearTimeout(timer);
          timer = setTimeout(beat, AFTER_A_CHANGE_MS);
        }
      });
    }
  }).observe(document.body, { childList: true, subtree: true });

  beat();
}

function show(root, answer) {
  const desk = root.querySelector('[data-presence-desk]');
  if (desk) {
    setText(desk, answer?.onDesk ?? '');
    desk.title = answer?.onDesk ?? '';
  }
  if (root.hasAttribute('data-presence-editing')) {
    setText(root, answer?.editingThis ?? '');
    root.hidden = !answer?.editingThis;
  }
  const now = root.querySelector('[data-presence-readers-now]');
  const peak = root.querySelector('[data-presence-readers-peak]');
  if (answer?.readers && now && peak) {
    setText(now, answer.readers.now);
    setText(peak, answer.readers.peakToday);
  }
  markEntries(answer?.editing ?? {});
}

/** Each entry item of the page's lists says who else has it open, and nothing once nobody has. */
function markEntries(editing) {
  for (const item of document.querySelectorAll('[data-entry-id]')) {
    const text = editing[item.dataset.entryId];
    let marker = item.querySelector(':scope [data-presence-marker]');
    if (!text) {
      marker?.remove();
      continue;
    }
    if (!marker) {
      marker = document.createElement('span');
      marker.className = 'presence-marker';
      marker.dataset.presenceMarker = '';
      (item.querySelector('.admin-entry-meta') ?? item).append(marker);
    }
    setText(marker, text);
  }
}

/** Changes the text only when it differs: no needless work for the observer, nor for screen readers. */
function setText(element, text) {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

function pollReaders(url) {
  let timer;
  const poll = async () => {
    clearTimeout(timer);
    if (document.visibilityState !== 'visible' || away.isAway()) {
      return; // polls again when shown, or at the next input
    }
    try {
      const response = await fetch(url, {
        headers: { Accept: 'application/json', ...SCRIPT_CALL },
        credentials: 'same-origin',
        redirect: 'manual',
        cache: 'no-store',
      });
      if (response.status === 401 || response.status === 403) {
        return; // signed out: polls again at the next input or return to the tab
      }
      if (response.ok) {
        const figures = await response.json();
        for (const cell of document.querySelectorAll('[data-readers-now]')) {
          setText(cell, figures[cell.dataset.readersNow]?.now ?? cell.textContent);
        }
        for (const cell of document.querySelectorAll('[data-readers-peak]')) {
          setText(cell, figures[cell.dataset.readersPeak]?.peakToday ?? cell.textContent);
        }
      }
    } catch {
      // Out of reach: the figures stay as they were until the next poll.
    }
    timer = setTimeout(poll, READERS_POLL_MS);
  };
  timer = setTimeout(poll, READERS_POLL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      poll();
    }
  });
  away.onBack(poll);
}

function pageId() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  // Outside a secure context (plain http on a LAN address) there is no randomUUID: make a version 4 one.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
