// Whether the person at this back-office page is at work, or away from it: the one home of that rule for
// the desk's scripts (desk.js, presence.js import this module by its hashed address, so they share one
// instance). A page left open on an unattended laptop must not keep its session alive: the session filter
// extends the session at every request, so the background calls (heartbeats, polls, region refreshes) stop
// while the person is away, and the session then ends 30 minutes after the last real work, as it does for
// the composer (composer.js touches the session only on the same kinds of input, in its form).
//
// Input is what a person does: keys, the pointer, touch, the wheel. Not the "scroll" event: desk.js scrolls
// the page itself to keep what the reader looks at in place, and a page must not keep itself at work.

const AT_WORK = ['keydown', 'input', 'pointerdown', 'pointermove', 'touchstart', 'wheel'];

/** Without the server's setting (data-desk-away-after, in ms, on the page's status line): five minutes. */
const DEFAULT_AWAY_AFTER_MS = 5 * 60 * 1000;

const setting = Number(document.getElementById('desk-status')?.dataset.deskAwayAfter);
const awayAfter = setting > 0 ? setting : DEFAULT_AWAY_AFTER_MS;

let lastInput = Date.now();
const whenBack = new Set();

for (const kind of AT_WORK) {
  addEventListener(kind, () => {
    const wasAway = isAway();
    lastInput = Date.now();
    if (wasAway) {
      for (const callback of whenBack) {
        callback();
      }
    }
  }, { capture: true, passive: true });
}

/** Whether nothing was done on this page for the away time. */
export function isAway() {
  return Date.now() - lastInput >= awayAfter;
}

/** Calls back at the first input after each time away: what was put off catches up at once. */
export function onBack(callback) {
  whenBack.add(callback);
}
