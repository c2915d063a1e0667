// The live stream of a blog's changes: one EventSource, resumed from the last change received after any
// break, with back-off. It knows nothing of the page; live.js applies what it hands on.
//
// Events (see LiveStreamController): entry-published, entry-updated, entry-retracted, blog-updated, reset.

const CHANGES = ['entry-published', 'entry-updated', 'entry-retracted', 'blog-updated'];

// Follows the stream at `url` from change number `since`: each change is handed to onChange as
// { name, data }, in order; a reset (the server cannot replay from there) to onReset. onDown is called
// whenever the stream breaks (again at each failed attempt to reopen it), onUp whenever it is open again.
// Returns { stop }, which closes the stream for good.
export function follow(url, since, { onChange, onReset, onDown = () => {}, onUp = () => {} }) {
  let lastChange = since;
  let retries = 0;
  let stream = null;
  let stopped = false;
  listen();
  return {
    stop() {
      stopped = true;
      stream?.close();
    },
  };

  function listen() {
    if (stopped) {
      return;
    }
    stream = new EventSource(`${url}?since=${lastChange}`);
    for (const name of CHANGES) {
      stream.addEventListener(name, (event) => {
        const change = { name, data: JSON.parse(event.data) };
        retries = 0;
        lastChange = Math.max(lastChange, change.data.change || 0);
        onChange(change);
      });
    }
    stream.addEventListener('reset', onReset);
    stream.addEventListener('open', onUp);
    stream.addEventListener('error', () => {
      onDown();
      // After a dropped connection the browser reconnects by itself, but an error answer (a balancer's 502
      // while an instance restarts, a 503 while the database does) closes the stream for good: open a new
      // one from the last change received, waiting longer each time (1 s, 2 s, ... 30 s) plus some jitter
      // so that thousands of readers do not come back in the same millisecond.
      if (stream.readyState === EventSource.CLOSED && !stopped) {
        const delay = Math.min(30_000, 1000 * 2 ** retries++) * (0.5 + Math.random() / 2);
        setTimeout(listen, delay);
      }
    });
  }
}
