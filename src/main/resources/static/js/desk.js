// The back office, live: one stream per page of what changes on the desk (GET /admin/desk/events, which
// says only "blog X changed"), and the page's live regions fetched again when their blog changes.
//
// A live region is any element with data-desk-refresh="<same-origin URL>" and data-desk-blog="<blog id>" (or "*"
// for every blog; by id, which stays when the blog is given another address) and an id, and optionally
// data-desk-kinds="<kind> <kind>" or data-desk-entry="<id>" (see hears()). Its URL answers an HTML fragment
// whose root element takes the region's place. A region is never replaced while focus is in it or an open
// <details> or a changed field is: it is refreshed once they are left. After each refresh the element gets a
// "desk:refreshed" event (bubbling), for scripts that decorate what it shows, and the page's status line says
// so, politely. A region waiting for the reader to finish carries data-desk-stale="true" meanwhile; the status
// line carries data-desk-stream ("open" or "closed"), the state of the page's stream.
//
// While the person at the page is away (away.js: no input for a few minutes), regions are not fetched: they
// are marked stale, the stream stays open, and the first input fetches them at once. A page left open thus
// never keeps its session alive. Every request of this script says it is one (X-Requested-With): after
// the session ended it gets a bare 401, and a fragment never becomes the page to come back to after signing in.

const status = document.getElementById('desk-status');

// Events of one burst (a publish that also pins, an editor saving twice) cost one fetch per region; the
// jitter keeps a newsroom's open pages from asking in the same millisecond.
const SETTLE_MS = 250;
const JITTER_MS = 500;

// A region of every blog (the dashboard's) is fetched at most this often: each fetch counts over all blogs,
// and a busy newsroom changes some blog every second. What changed meanwhile comes with the next fetch.
const EVERY_BLOG_AT_MOST_EVERY_MS = 10_000;

const regions = new Map(); // region id -> { timer, fetching, again, waiting, behind, fetchedAt }

const away = status ? await awayRule(status) : null;

if (status && document.querySelector('[data-desk-refresh][data-desk-blog][id]')) {
  away.onBack(refreshBehind);
  follow(status.dataset.deskEvents);
  document.addEventListener('focusout', () => setTimeout(refreshWaiting));
  document.addEventListener('toggle', () => setTimeout(refreshWaiting), true);
  document.addEventListener('reset', () => setTimeout(refreshWaiting), true);
  addEventListener('pageshow', (event) => {
    if (event.persisted) {
      refreshAll();
    }
  });
}

function follow(url) {
  let retries = 0;
  // The page was rendered a moment ago: its first connection has nothing to catch up with. Any later one
  // may have missed changes meanwhile, so every region is fetched again.
  let missedSome = false;
  listen();

  function listen() {
    const stream = new EventSource(url);
    stream.addEventListener('open', () => {
      retries = 0;
      status.dataset.deskStream = 'open';
      if (missedSome) {
        refreshAll();
      }
    });
    stream.addEventListener('change', (event) => {
      const change = JSON.parse(event.data);
      for (const region of regionsOf(String(change.blog)).filter((region) => hears(region, change))) {
        schedule(region.id);
      }
    });
    stream.addEventListener('resync', refreshAll);
    stream.addEventListener('error', async () => {
      missedSome = true;
      status.dataset.deskStream = 'closed';
      // A dropped connection: the browser reconnects by itself. An error answer closes the stream for
      // good: when the session ended, stop, and say so (the page no longer follows the desk); otherwise (a
      // balancer's 502 while an instance restarts) open another, waiting longer each time.
      if (stream.readyState !== EventSource.CLOSED) {
        return;
      }
      const ended = await sessionEnded();
      if (ended) {
        // Until the editor signs in again in another tab and comes back: then it catches up and follows again.
        tellSessionEnded(ended, () => {
          missedSome = true;
          listen();
        });
        return;
      }
      const delay = Math.min(30_000, 1000 * 2 ** retries++) * (0.5 + Math.random() / 2);
      setTimeout(listen, delay);
    });
  }
}

// At the top of the screen and in the header (session-ended.js), with a link that signs in and comes back to this
// page; unless the composer said it first, with what it knows of the text under way.
async function tellSessionEnded(ended, onSignedInAgain) {
  // The composer (or an entry's edit page) says it in its words: the text under way is kept in this browser.
  document.dispatchEvent(new CustomEvent('desk:session-ended', { detail: ended }));
  const notice = document.getElementById('session-ended');
  if (!notice?.dataset.deskEnded) {
    return;
  }
  // An admin disabled the account or reset its password (account.SignedOutBecause): said as such.
  const words = { disabled: notice.dataset.deskDisabled, passwordReset: notice.dataset.deskPasswordReset }[ended];
  try {
    const { tellSessionEnded: tell } = await import(notice.dataset.script);
    tell(words ?? notice.dataset.deskEnded, location.pathname + location.search, { unlessSaid: true, onSignedInAgain });
  } catch {
    // the page stops following the desk, as it did before it could say so
  }
}

// The rule of being away, by the page's own (content-hashed) address: the same module instance as presence.js's.
async function awayRule(line) {
  try {
    return await import(line.dataset.deskAwayScript);
  } catch {
    return { isAway: () => false, onBack: () => {} }; // without it, the page refreshes as it always did
  }
}

// False while signed in; else why the server signed the session out (disabled, passwordReset), or true when it ran out.
async function sessionEnded() {
  try {
    const response = await ask(status.dataset.deskSession, 'application/json');
    if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
      return response.headers.get('X-Signed-Out-Because') ?? true;
    }
    return false;
  } catch {
    return false;
  }
}

// A back-office request of the page's own: never from a cache, and a redirect (to signing in) is seen as one.
function ask(url, accept) {
  return fetch(url, {
    headers: { Accept: accept, 'X-Requested-With': 'XMLHttpRequest' },
    cache: 'no-store',
    credentials: 'same-origin',
    redirect: 'manual',
  });
}

function allRegions() {
  return [...document.querySelectorAll('[data-desk-refresh][data-desk-blog][id]')];
}

function regionsOf(blog) {
  return allRegions().filter((region) => region.dataset.deskBlog === '*' || region.dataset.deskBlog === blog);
}

// A region that names the kinds of change it shows (data-desk-kinds, e.g. the questions queue's) hears only
// those; every other region hears all but a reader's question arriving, which changes none of them. A region of
// one entry (data-desk-entry, the edit page's) hears only the changes to that entry.
function hears(region, change) {
  if (region.dataset.deskEntry && String(change.entryId) !== region.dataset.deskEntry) {
    return false;
  }
  return region.dataset.deskKinds ? region.dataset.deskKinds.split(' ').includes(change.kind) : change.kind !== 'QUESTIONS';
}

function refreshAll() {
  for (const region of allRegions()) {
    schedule(region.id);
  }
}

function stateOf(id) {
  if (!regions.has(id)) {
    regions.set(id, { timer: null, fetching: false, again: false, waiting: false, behind: false, fetchedAt: null });
  }
  return regions.get(id);
}

function schedule(id) {
  const state = stateOf(id);
  if (state.fetching) {
    // What is being fetched may predate this change: once more afterwards.
    state.again = true;
    return;
  }
  if (!state.timer) {
    state.timer = setTimeout(() => {
      state.timer = null;
      refresh(id);
    }, SETTLE_MS + Math.random() * JITTER_MS + heldBack(id, state));
  }
}

// How much longer a region of every blog waits, so as to be fetched at most every so often.
function heldBack(id, state) {
  if (document.getElementById(id)?.dataset.deskBlog !== '*' || state.fetchedAt === null) {
    return 0;
  }
  return Math.max(0, state.fetchedAt + EVERY_BLOG_AT_MOST_EVERY_MS - Date.now());
}

// Back at the page: what changed while its person was away, at once.
function refreshBehind() {
  for (const [id, state] of regions) {
    if (state.behind) {
      state.behind = false;
      schedule(id);
    }
  }
}

function refreshWaiting() {
  for (const [id, state] of regions) {
    const region = document.getElementById(id);
    if (state.waiting && region && !busy(region)) {
      state.waiting = false;
      schedule(id);
    }
  }
}

// Whether the reader is at work in the region: replacing it would take their focus, their open form or
// what they typed.
function busy(region) {
  // A form of the page is on its way (composer.js marks it aria-busy): the next page comes drawn afresh, and a fetch
  // now only queues before it (on a slow connection, the composer's own Publish waited for its regions' refresh).
  if (document.querySelector('form[aria-busy="true"]')) {
    return true;
  }
  if (region.contains(document.activeElement) && document.activeElement !== document.body) {
    return true;
  }
  if (region.querySelector('details[open], dialog[open]')) {
    return true;
  }
  return [...region.querySelectorAll('input, textarea, select')].some(changed);
}

function changed(field) {
  if (field.type === 'hidden' || field.type === 'submit' || field.type === 'button') {
    return false;
  }
  if (field.type === 'checkbox' || field.type === 'radio') {
    return field.checked !== field.defaultChecked;
  }
  if (field.tagName === 'SELECT') {
    return [...field.options].some((option) => option.selected !== option.defaultSelected);
  }
  return field.value !== field.defaultValue;
}

async function refresh(id) {
  const state = stateOf(id);
  const region = document.getElementById(id);
  if (!region) {
    return;
  }
  if (away.isAway()) {
    state.behind = true;
    region.dataset.deskStale = 'true';
    return;
  }
  if (busy(region)) {
    wait(state, region);
    return;
  }
  state.fetching = true;
  state.fetchedAt = Date.now();
  try {
    const response = await ask(region.dataset.deskRefresh, 'text/html');
    // Signed out meanwhile (a bare 401), refused, or the server is away: the region stays as it is.
    if (!response.ok) {
      return;
    }
    const html = await response.text();
    const current = document.getElementById(id);
    if (!current) {
      return;
    }
    if (busy(current)) {
      // The reader started something while it was fetched: later, with what is current then.
      wait(state, current);
      return;
    }
    replace(current, html);
  } catch {
    // Unreachable for a moment: the next change, or the next reconnect, fetches it again.
  } finally {
    state.fetching = false;
    if (state.again) {
      state.again = false;
      schedule(id);
    }
  }
}

function wait(state, region) {
  state.waiting = true;
  region.dataset.deskStale = 'true';
}

function replace(region, html) {
  const template = document.createElement('template');
  template.innerHTML = html.trim();
  const fresh = template.content.firstElementChild;
  if (!fresh || fresh.id !== region.id || fresh.outerHTML === region.outerHTML) {
    return;
  }
  const anchor = anchorIn(region);
  region.replaceWith(fresh);
  if (anchor?.key) {
    // What the reader was looking at stays where it was on the screen.
    const same = keyed(fresh, anchor.key) ?? fresh;
    window.scrollBy(0, same.getBoundingClientRect().top - anchor.top);
  }
  else if (anchor) {
    // Read past: what follows the region stays where it was.
    window.scrollBy(0, fresh.getBoundingClientRect().bottom - anchor.bottom);
  }
  announce(fresh.dataset.deskAnnounce);
  fresh.dispatchEvent(new CustomEvent('desk:refreshed', { bubbles: true }));
}

// What the reader is looking at in the region, to keep in its place on the screen: the first of its entries
// (or, in a region of no entries, of its elements with an id) whose top is on the screen, else the first one
// still partly on it; the region's end when the reader has read past it. None at the very top of the page,
// where the reader watches the list's top and what is new shows up there, nor for a region still below the
// screen (replacing it moves nothing the reader sees).
function anchorIn(region) {
  const box = region.getBoundingClientRect();
  if (window.scrollY === 0 || box.top >= window.innerHeight) {
    return null;
  }
  if (box.bottom <= 0) {
    return { bottom: box.bottom };
  }
  const entries = [...region.querySelectorAll('[data-entry-id]')];
  const items = entries.length > 0 ? entries : [...region.querySelectorAll('[id]')];
  const onScreen = (item) => {
    const { top } = item.getBoundingClientRect();
    return top >= 0 && top < window.innerHeight;
  };
  const seen = items.find(onScreen) ?? items.find((item) => item.getBoundingClientRect().bottom > 0);
  return seen ? { key: keyOf(seen), top: seen.getBoundingClientRect().top } : { bottom: box.bottom };
}

function keyOf(item) {
  return item.dataset.entryId ? { entryId: item.dataset.entryId } : { id: item.id };
}

function keyed(root, key) {
  if (key.entryId) {
    return root.querySelector(`[data-entry-id="${CSS.escape(key.entryId)}"]`);
  }
  return root.querySelector(`#${CSS.escape(key.id)}`);
}

let announcing;

function announce(text) {
  if (!text) {
    return;
  }
  // Emptied first, so that the same words said twice are said again.
  clearTimeout(announcing);
  status.textContent = '';
  announcing = setTimeout(() => {
    status.textContent = text;
  }, 100);
}
