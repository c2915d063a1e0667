// The service worker of the live pages' key-event alerts (js/push-alerts.js registers it, one per blog, for
// /live/{slug}/). It only shows what the server pushes (module push: KeyEventAlerts writes the payload) and
// opens the entry when the reader clicks. It does not intercept any request: no fetch handler, no cache.

// A new version takes over at once: it only shows notifications, so no page depends on the old one.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('push', (event) => {
  let alert = {};
  try {
    alert = event.data ? event.data.json() : {};
  } catch {
    alert = {};
  }
  // Browsers insist that every push shows something (userVisibleOnly), so even an unreadable one does.
  const title = alert.title || self.registration.scope;
  event.waitUntil(self.registration.showNotification(title, {
    body: alert.body || '',
    lang: alert.lang || '',
    dir: 'auto',
    // The same tag for the same entry: a second alert of it replaces the first instead of piling up.
    tag: alert.tag || 'key-event',
    renotify: false,
    data: { url: alert.url || self.registration.scope },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data && event.notification.data.url;
  event.waitUntil(openOrFocus(url || self.registration.scope));
});

async function openOrFocus(url) {
  // The entry's public address (the site's configured one): a tab already on it is brought forward.
  const target = new URL(url, self.location.origin);
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = open.find((client) => client.url.split('#')[0] === target.href.split('#')[0]);
  if (same) {
    return same.focus();
  }
  return self.clients.openWindow(target.href);
}
