// The live stream of a blog's changes: one EventSource, resumed from the last change received after any
// break, with back-off. It knows nothing of the page; live.js applies what it hands on.
//
// Events (see LiveStreamController): entry-published, entry-updated, entry-retracted, blog-updated, reset, and a
// heartbeat that says how often it comes.

const CHANGES = ['entry-published', 'entry-updated', 'entry-retracted', 'blog-updated'];

// A connection that goes silent without closing (a phone's network dropping it on the way) is never reported by
// the browser: the page would wait for ever, still saying "Live". The server's heartbeat says how often it comes;
// a silence of two and a half of them means the stream is gone, and it is opened anew. Before the first
// heartbeat, a minute and a half.
const HEARTBEATS_MISSED = 2.5;
const SILENCE_BEFORE_FIRST_HEARTBEAT_MS = 90_000;

// Follows the stream at `url` from change number `since`: each change is handed to onChange as
// { name, data }, in order; a reset (the server cannot replay from there) to onReset. onDown is called
// whenever the stream breaks (again at each failed attempt to reopen it), onUp whenever it is open again.
// Returns { stop }, which closes the stream for good.
export function follow(url, since, { onChange, onReset, onDown = () => {}, onUp = () => {} }) {
  let lastChange = since;
  let retries = 0;
  let stream = null;
  let stopped = false;
  let silenceAllowed = SILENCE_BEFORE_FIRST_HEARTBEAT_MS;
  let watchdog = null;
  listen();
  return {
    stop() {
      stopped = true;
      clearTimeout(watchdog);
      stream?.close();
    },
  };

  function listen() {
    if (stopped) {
      return;
    }
    stream = new EventSource(`${url}?since=${lastChange}`);
    heard();
    for (const name of CHANGES) {
      stream.addEventListener(name, (event) => {
        heard();
        const change = { name, data: JSON.parse(event.data) };
        retries = 0;
        lastChange = Math.max(lastChange, change.data.change || 0);
        onChange(change);
      });
    }
    stream.addEventListener('heartbeat', (event) => {
      const every = Number(JSON.parse(event.data).every);
      if (every > 0) {
        silenceAllowed = every * HEARTBEATS_MISSED;
      }
      heard();
    });
    stream.addEventListener('reset', onReset);
    stream.addEventListener('open', () => {
      heard();
      onUp();
    });
    stream.addEventListener('error', () => {
      onDown();
      // After a dropped connection the browser reconnects by itself, but an error answer (a balancer's 502
      // while an instance restarts, a 503 while the database does) closes the stream for good: open a new
      // one from the last change received.
      if (stream.readyState === EventSource.CLOSED && !stopped) {
        reopenLater();
      }
    });
  }

  function heard() {
    clearTimeout(watchdog);
    watchdog = setTimeout(silent, silenceAllowed);
  }

  function silent() {
    if (stopped) {
      return;
    }
    stream.close();
    onDown();
    reopenLater();
  }

  // Waiting longer each time (1 s, 2 s, ... 30 s) plus some jitter, so that thousands of readers do not come back
  // in the same millisecond.
  function reopenLater() {
    clearTimeout(watchdog);
    const delay = Math.min(30_000, 1000 * 2 ** retries++) * (0.5 + Math.random() / 2);
    setTimeout(listen, delay);
  }
}
