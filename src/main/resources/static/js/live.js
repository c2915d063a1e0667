// The feed, live: applies the changes live-stream.js receives to the page. Progressive enhancement only:
// without this script (or without EventSource) the page is complete and a reload shows the same.
//
// A change's data carries the entry's HTML rendered by the same fragment as the page, so markup never
// differs, and, when the change may have altered them, the "Key events" list (keyEvents) and the pinned
// section (pinnedSection) as they are now, each empty for none.

// How long the stream may be down before the page says so beside its badge: the browser reopens a stream the
// server ended (every half hour) within its 3-second retry, and a brief break is nobody's concern; a restart
// or a lost network lasts longer, and meanwhile the page shows nothing new.
const DOWN_NOTICE_AFTER_MS = 6000;

// Updates that arrive together (a page catching up after a hidden tab or a lost network) are said together: one
// after the other in a live region, a screen reader speaks only the last.
const ANNOUNCE_TOGETHER_MS = 400;

const main = document.querySelector('main[data-live-stream]');
if (main && 'EventSource' in window) {
  // The stream's module by the page's own (content-hashed) address, so a new release never pairs this
  // script with a cached older one.
  const { follow } = await import(main.dataset.streamScript);
  if (main.dataset.liveMode === 'shown') {
    followShown(main, follow);
  } else {
    startLive(main, follow);
  }
}

// Every other page of a blog (older pages, the pages in order, an entry's own page) keeps what it shows true: an
// entry corrected is replaced, one retracted goes at once (an entry's own page reloads into "removed"), and the
// last page in order takes new entries at its end, as reading on there expects. Nothing else on it moves.
function followShown(main, follow) {
  const feed = main.querySelector('.feed-entries');
  let checkWithdrawn = () => {};
  const stream = follow(main.dataset.liveStream, Number(main.dataset.change), {
    onChange({ name, data }) {
      const shown = data.entryId ? document.getElementById(`entry-${data.entryId}`) : null;
      if (data.entryId && main.querySelector(`.entry-neighbour[href$="/entries/${data.entryId}"]`)) {
        // An entry's own page names the updates before and after it: one of them corrected or retracted is
        // named anew (a retracted one's link would lead to "removed").
        reloadSoon();
      }
      if (name === 'blog-updated') {
        showSettings(main, data);
      } else if (name === 'entry-retracted' || !data.html) {
        if (shown && main.classList.contains('permalink')) {
          location.reload();
        } else {
          shown?.remove();
        }
      } else if (shown) {
        shown.replaceWith(articleFrom(data.html));
      } else if (name === 'entry-published' && feed && main.dataset.liveAppend === 'true') {
        feed.querySelector('.feed-empty')?.remove();
        feed.append(articleFrom(data.html));
      }
      if ('keyEvents' in data) {
        replaceKeyEvents(main, data.keyEvents);
      }
      linkKeyEventsToPage(main);
    },
    onReset: () => location.reload(),
    onDown: () => checkWithdrawn(),
  });
  checkWithdrawn = withdrawalCheck(main, stream);
}

// Set back to Draft, a blog answers its stream with a 404, which an EventSource cannot tell from a restart's 502:
// while the stream is down the blog's page is asked (a HEAD, at most every few seconds), and a 404 there takes
// this page off too, as the blog is off every other public page. A restart or a lost network changes nothing.
const WITHDRAWAL_CHECKED_EVERY_MS = 5000;

function withdrawalCheck(main, stream) {
  let checkedAt = 0;
  return async () => {
    if (Date.now() - checkedAt < WITHDRAWAL_CHECKED_EVERY_MS) {
      return;
    }
    checkedAt = Date.now();
    try {
      const page = await askForThePage(main);
      if (page.status === 404) {
        stream.stop();
        takeOff(main);
        comeBackIfPublishedAgain(main);
      }
    } catch {
      // no network: nothing to tell yet
    }
  };
}

// A blog set back to Draft by mistake is soon public again: a page taken off asks now and then (about once a minute,
// each reader at a moment of their own, so that a big audience's questions, each a lookup for the server, stay few)
// and reloads once the blog answers again.
const WITHDRAWN_ASKED_EVERY_MS = 60_000;

function comeBackIfPublishedAgain(main) {
  const ask = async function askWhetherPublishedAgain() {
    try {
      const page = await askForThePage(main);
      if (page.ok) {
        location.reload();
        return;
      }
    } catch {
      // no network: ask again later
    }
    setTimeout(ask, WITHDRAWN_ASKED_EVERY_MS * (0.5 + Math.random()));
  };
  setTimeout(ask, WITHDRAWN_ASKED_EVERY_MS * (0.5 + Math.random()));
}

// The blog's own page, asked by HEAD past every cache: its status says whether the blog is public now.
function askForThePage(main) {
  return fetch(main.dataset.liveStream.replace(/\/events$/, ''), { method: 'HEAD', cache: 'no-store' });
}

function takeOff(main) {
  const words = main.querySelector('.live-connection')?.dataset.gone ?? '';
  const notice = document.createElement('p');
  notice.className = 'feed-gone';
  notice.setAttribute('role', 'alert');
  notice.textContent = words;
  main.replaceChildren(notice);
  document.title = words;
}

// What a page cannot change in place is printed anew: its times, once an admin moved the blog to another zone (a
// page would show two zones otherwise), all of it once the blog is written in another language (new entries would
// come in one language, the page around them in the other), and on a page that prints the question form, that form
// once the blog takes questions.
function reloadIfPrintedOtherwise(main, data) {
  const otherZone = data.timeZone && main.dataset.timeZone && data.timeZone !== main.dataset.timeZone;
  const page = document.documentElement.lang;
  const otherLanguage = data.language && page && data.language !== page;
  const formMissing = data.askable === true && main.dataset.questionForm === 'printed'
    && !main.querySelector('.reader-question');
  if (otherZone || otherLanguage || formMissing) {
    reloadSoon();
  }
}

// Within ten seconds, each reader at a moment of their own: the page cache answers them all.
let reloading = false;

function reloadSoon() {
  if (!reloading) {
    reloading = true;
    setTimeout(() => location.reload(), Math.random() * 10_000);
  }
}

// What the blog's settings change on any of its pages: the badge beside the title says its status as it is now
// ("Live", "Ended"); a zone or a question form it no longer matches prints it anew.
function showSettings(main, data) {
  reloadIfPrintedOtherwise(main, data);
  const badge = main.querySelector('.feed-status .badge');
  if (badge) {
    badge.textContent = data.status;
    badge.classList.toggle('badge-live', data.live);
    badge.classList.toggle('badge-ended', !data.live);
  }
}

// The "Key events" list comes whole from the server (the newest key events, rendered by the pages' own fragment), on
// every page that shows it: a correction, a retraction or a mark taken off is then no different from a new key event.
function replaceKeyEvents(main, html) {
  const current = main.querySelector('.key-events');
  const fresh = html ? articleFrom(html) : null;
  if (current && fresh) {
    // A reader who opened "All key events" keeps it open.
    if (current.querySelector('.key-events-more')?.open) {
      fresh.querySelector('.key-events-more')?.setAttribute('open', '');
    }
    current.replaceWith(fresh);
  } else if (current) {
    current.remove();
  } else if (fresh) {
    main.querySelector('.feed-layout')?.prepend(fresh);
  }
}

// A key event shown on this page is jumped to in place; one that is not opens its own page.
function linkKeyEventsToPage(main) {
  const feed = main.querySelector('.feed-entries');
  for (const link of main.querySelectorAll('.key-events a[data-entry-id]')) {
    const entryId = link.dataset.entryId;
    const onPage = document.getElementById(`entry-${entryId}`);
    link.setAttribute('href', onPage && feed?.contains(onPage) ? `#entry-${entryId}` : link.dataset.permalink);
  }
}

function articleFrom(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild;
}

function startLive(main, follow) {
  const feed = main.querySelector('.feed-entries');
  const announcer = main.querySelector('.live-announcer');
  const newUpdates = main.querySelector('.new-updates');
  const connection = main.querySelector('.live-connection');
  let downNotice = null;
  const lang = document.documentElement.lang || 'en';
  let baseTitle = document.title;
  const seenKey = `liveblog:seen:${main.dataset.slug}`;
  const waitingForVisibility = [];
  let held = [];
  let toAnnounce = [];
  let announceTimer = null;

  markUnseenSinceLastVisit();
  refreshRelativeTimes();
  setInterval(refreshRelativeTimes, 30_000);

  let checkWithdrawn = () => {};
  const stream = follow(main.dataset.liveStream, Number(main.dataset.change), {
    onChange(change) {
      if (document.hidden) {
        // A hidden tab keeps its stream but leaves the page alone until it is shown again.
        waitingForVisibility.push(change);
      } else {
        apply(change);
      }
    },
    onReset: () => location.reload(),
    onDown: () => {
      streamDown();
      checkWithdrawn();
    },
    onUp: streamUp,
  });
  checkWithdrawn = withdrawalCheck(main, stream);

  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      waitingForVisibility.splice(0).forEach(apply);
    }
  });

  newUpdates.addEventListener('click', () => {
    const newest = held.at(-1);
    showHeld();
    // At once for a reader who asked for less motion; and the focus, which the button took with it as it hid, on
    // the newest update, where reading (and a keyboard or a screen reader) goes on.
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    feed.scrollIntoView({ behavior: reduced ? 'instant' : 'smooth', block: 'start' });
    if (newest) {
      newest.setAttribute('tabindex', '-1');
      newest.focus({ preventScroll: true });
    }
  });

  window.addEventListener('scroll', () => {
    if (held.length > 0 && readerIsAtTheTop()) {
      showHeld();
    }
  }, { passive: true });

  // Called at every failed attempt while down: the first one starts the wait.
  function streamDown() {
    if (connection && downNotice === null) {
      downNotice = setTimeout(() => {
        connection.textContent = connection.dataset.text;
      }, DOWN_NOTICE_AFTER_MS);
    }
  }

  // Back: what was missed comes from the stream itself (it resumes from the last change received).
  function streamUp() {
    clearTimeout(downNotice);
    downNotice = null;
    if (connection) {
      connection.textContent = '';
    }
  }

  function apply({ name, data }) {
    remember(data.change);
    if (name === 'entry-published') {
      published(data);
    } else if (name === 'entry-updated') {
      updated(data);
    } else if (name === 'entry-retracted') {
      retracted(data.entryId);
    } else if (name === 'blog-updated') {
      blogUpdated(data);
    }
    if ('keyEvents' in data) {
      replaceKeyEvents(main, data.keyEvents);
    }
    if ('pinnedSection' in data) {
      replacePinned(data.pinnedSection);
    }
    linkKeyEventsToPage(main);
    refreshRelativeTimes();
  }

  function published(data) {
    if (!data.html) {
      return; // retracted since; its retraction follows
    }
    if (document.getElementById(`entry-${data.entryId}`)) {
      updated(data);
      return;
    }
    const article = articleFrom(data.html);
    article.classList.add('entry-new');
    if (readerIsAtTheTop()) {
      feed.querySelector('.feed-empty')?.remove();
      insertNewest(article);
    } else {
      // A reader who scrolled down is not moved: the new entries wait behind a button.
      held = held.filter((waiting) => waiting.id !== article.id);
      held.push(article);
      showButton();
    }
    announce(data);
  }

  function updated(data) {
    if (!data.html) {
      retracted(data.entryId);
      return;
    }
    const current = document.getElementById(`entry-${data.entryId}`);
    if (current) {
      current.replaceWith(articleFrom(data.html));
    }
    held = held.map((waiting) => (waiting.id === `entry-${data.entryId}` ? articleFrom(data.html) : waiting));
  }

  function retracted(entryId) {
    document.getElementById(`entry-${entryId}`)?.remove();
    // Its headline is not left in the screen reader's live region, to be read out again later.
    toAnnounce = toAnnounce.filter((waiting) => waiting.id !== String(entryId));
    if (announcer.dataset.entryId === String(entryId)) {
      announcer.textContent = '';
    }
    held = held.filter((waiting) => waiting.id !== `entry-${entryId}`);
    showButton();
  }

  function blogUpdated(data) {
    const title = main.querySelector('.feed-title');
    if (title) {
      title.textContent = data.title;
    }
    // The tab's title too, keeping the count of held updates in front of it.
    if (data.title) {
      baseTitle = data.title;
      showButton();
    }
    const summary = main.querySelector('.feed-summary');
    if (summary) {
      summary.textContent = data.summary;
    }
    showSettings(main, data);
    // An ended blog takes no more alert subscriptions (and its page, loaded afresh, has no button): the button
    // goes with the badge, and comes back should the blog run again.
    main.querySelector('.push-alerts')?.classList.toggle('push-alerts-ended', !data.live);
    // So does the question form, once the blog ended or stopped taking questions: a question sent then is refused.
    main.querySelector('.reader-question')?.classList.toggle('reader-question-closed', data.askable === false);
  }

  // The pinned copy above the feed comes whole from the server, as the list does: pinned, moved to another
  // entry, corrected or gone.
  function replacePinned(html) {
    const current = main.querySelector('.feed-pinned');
    const fresh = html ? articleFrom(html) : null;
    if (current && fresh) {
      current.replaceWith(fresh);
    } else if (current) {
      current.remove();
    } else if (fresh) {
      feed.before(fresh);
    }
    // One pinned entry per blog: any other no longer says so in the timeline. (When the pinned entry is also
    // the newest, liveblog.css hides the block above and the timeline's copy shows it alone.)
    const pinnedId = fresh?.querySelector('article.entry')?.id.replace(/^pinned-/, '');
    // The entries waiting behind the "new updates" button too: shown later, they would still say "Pinned".
    for (const article of [...feed.querySelectorAll('article.entry-pinned'), ...held]) {
      if (article.id !== pinnedId && article.classList.contains('entry-pinned')) {
        notPinned(article);
      }
    }
  }

  function notPinned(article) {
    article.classList.remove('entry-pinned');
    article.querySelector('.entry-label-pinned')?.remove();
  }

  function insertNewest(article) {
    const heading = feed.querySelector('h2');
    heading.after(article);
  }

  function showHeld() {
    // Newest last in the list, so inserting each at the top leaves the newest first.
    held.forEach(insertNewest);
    held = [];
    showButton();
    refreshRelativeTimes();
    linkKeyEventsToPage(main);
  }

  function showButton() {
    const count = held.length;
    newUpdates.hidden = count === 0;
    if (count > 0) {
      newUpdates.textContent = count === 1 ? main.dataset.newOne : main.dataset.newMany.replace('{0}', count);
      document.title = `(${count}) ${baseTitle}`;
    } else {
      document.title = baseTitle;
    }
  }

  function announce(data) {
    const article = articleFrom(data.html);
    const text = data.headline || article.querySelector('.entry-body')?.textContent.trim().slice(0, 120) || '';
    toAnnounce.push({ id: String(data.entryId), text });
    clearTimeout(announceTimer);
    announceTimer = setTimeout(sayAnnounced, ANNOUNCE_TOGETHER_MS);
  }

  // "New update: …" for one, "3 new updates" for several.
  function sayAnnounced() {
    const together = toAnnounce;
    toAnnounce = [];
    if (together.length === 1) {
      announcer.textContent = main.dataset.announce.replace('{0}', together[0].text);
      announcer.dataset.entryId = together[0].id;
    } else if (together.length > 1) {
      announcer.textContent = main.dataset.newMany.replace('{0}', together.length);
      delete announcer.dataset.entryId;
    }
  }

  function readerIsAtTheTop() {
    return feed.getBoundingClientRect().top >= -40;
  }

  function remember(change) {
    try {
      localStorage.setItem(seenKey, JSON.stringify({ change, at: new Date().toISOString() }));
    } catch {
      // storage may be full or refused: "since your last visit" is a nicety
    }
  }

  // "Since your last visit": entries published after the reader last had this page open are marked.
  function markUnseenSinceLastVisit() {
    let lastVisit = null;
    try {
      lastVisit = JSON.parse(localStorage.getItem(seenKey) || 'null');
    } catch {
      lastVisit = null;
    }
    if (lastVisit && lastVisit.change < Number(main.dataset.change)) {
      const since = new Date(lastVisit.at);
      for (const time of feed.querySelectorAll('article.entry time[datetime]')) {
        if (new Date(time.dateTime) > since) {
          time.closest('article').classList.add('entry-unseen');
        }
      }
    }
    remember(Number(main.dataset.change));
  }

  // "il y a 2 min" beside recent entries' times, in the page's language.
  function refreshRelativeTimes() {
    const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
    const now = Date.now();
    for (const time of main.querySelectorAll('article.entry .entry-meta time[datetime]')) {
      const minutes = Math.round((new Date(time.dateTime).getTime() - now) / 60_000);
      // The label sits in the entry's meta line, after the permalink that holds the time: looked up where it
      // is put, so each refresh rewrites the one label rather than adding another.
      const meta = time.closest('.entry-meta');
      let ago = meta.querySelector('.entry-ago');
      if (minutes > 0 || minutes < -12 * 60) {
        ago?.remove();
        continue;
      }
      if (!ago) {
        ago = document.createElement('span');
        ago.className = 'entry-ago';
        (time.closest('.entry-permalink') || time).after(ago);
      }
      ago.textContent = Math.abs(minutes) < 60 ? format.format(minutes, 'minute')
        : format.format(Math.round(minutes / 60), 'hour');
    }
  }
}
