// "Alert me of key events" on a live page (fragments/push-alerts.html). Nothing happens before the reader
// clicks: then, and only then, the browser asks for permission, our service worker (/push-worker.js) is
// registered for this blog's pages (/live/{slug}/, one registration and one subscription per blog, so that
// turning one blog's alerts off leaves the others on), and the subscription is sent to the server, which
// keeps only it (module push). Without this script, or in a browser without the Push API, the button stays hidden.

const box = document.querySelector('.push-alerts[data-scope]');
if (box && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) {
  setUp(box);
}

async function setUp(box) {
  const scope = new URL(box.dataset.scope, location.href).href;
  const subscribeButton = box.querySelector('.push-alerts-subscribe');
  const onLine = box.querySelector('.push-alerts-on');
  const unsubscribeButton = box.querySelector('.push-alerts-unsubscribe');
  const message = box.querySelector('.push-alerts-message');

  show(Boolean(await currentSubscription()));
  box.hidden = false;

  subscribeButton.addEventListener('click', async () => {
    subscribeButton.disabled = true;
    say('');
    try {
      // The browser's prompt first, straight from the click: browsers only show it for the reader's own gesture.
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        say(permission === 'denied' ? box.dataset.denied : box.dataset.dismissed);
        return;
      }
      await subscribe();
    } finally {
      subscribeButton.disabled = false;
    }
  });

  unsubscribeButton.addEventListener('click', async () => {
    unsubscribeButton.disabled = true;
    try {
      await unsubscribe();
      show(false);
      say(box.dataset.turnedOff);
      subscribeButton.focus();
    } finally {
      unsubscribeButton.disabled = false;
    }
  });

  async function subscribe() {
    let subscription;
    try {
      const { publicKey } = await json(await fetch(box.dataset.keyUrl), true);
      const registration = await navigator.serviceWorker.register(box.dataset.worker, { scope });
      await activated(registration);
      subscription = await registration.pushManager.getSubscription();
      if (subscription && !sameKey(subscription.options.applicationServerKey, publicKey)) {
        // Made with another server key (keys replaced since): no alert could reach it.
        await subscription.unsubscribe();
        subscription = null;
      }
      subscription ||= await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: bytesOf(publicKey),
      });
      await json(await post(box.dataset.subscribeUrl, subscription), false);
    } catch (error) {
      // The server's own sentence when it gave one (a refusal), ours otherwise (no push service reached).
      say(error.serverMessage || box.dataset.failed);
      await subscription?.unsubscribe().catch(() => {});
      return;
    }
    show(true);
    say(box.dataset.turnedOn);
    unsubscribeButton.focus();
  }

  async function unsubscribe() {
    const registration = await ownRegistration();
    const subscription = registration && await registration.pushManager.getSubscription();
    if (subscription) {
      // Told to the server first (it needs the subscription's secret), then the browser forgets it: even if the
      // server cannot be reached now, no alert can arrive once the browser has unsubscribed.
      await post(box.dataset.removeUrl, subscription).catch(() => {});
      await subscription.unsubscribe().catch(() => {});
    }
    await registration?.unregister();
  }

  async function currentSubscription() {
    if (Notification.permission !== 'granted') {
      return null;
    }
    const registration = await ownRegistration();
    return registration ? registration.pushManager.getSubscription() : null;
  }

  // This blog's registration only: for /live/a/, getRegistration would also give a registration of /live/.
  async function ownRegistration() {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    return registration && registration.scope === scope ? registration : undefined;
  }

  function show(on) {
    subscribeButton.hidden = on;
    onLine.hidden = !on;
  }

  function say(text) {
    message.textContent = text;
  }
}

function post(url, subscription) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(subscription),
  });
}

async function json(response, expectBody) {
  if (!response.ok) {
    const error = new Error(`HTTP ${response.status}`);
    error.serverMessage = (await response.json().catch(() => ({}))).message;
    throw error;
  }
  return expectBody ? response.json() : null;
}

// A subscription needs an active worker; a first registration is still installing.
function activated(registration) {
  const worker = registration.installing || registration.waiting || registration.active;
  if (!worker || worker.state === 'activated') {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') {
        resolve();
      } else if (worker.state === 'redundant') {
        reject(new Error('The service worker did not install'));
      }
    });
  });
}

function bytesOf(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function sameKey(buffer, base64url) {
  if (!buffer) {
    return false;
  }
  const ours = bytesOf(base64url);
  const theirs = new Uint8Array(buffer);
  return ours.length === theirs.length && ours.every((byte, i) => byte === theirs[i]);
}
