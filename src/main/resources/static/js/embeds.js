// Posts and videos from other sites (fragments/entry-post.html): each is a card the page prints itself, and
// nothing is asked of the network until the reader says so, with "Show content from X" once, or "Always
// show content from X", which this browser remembers (localStorage, per network) until they untick it.
// The embed's address is built here from the network's template and the post's id, checked again against
// the network's id pattern: a card's data attributes are never an address. Entries that arrive live are
// watched for and get the same treatment.
//
// The iframe's sandbox lets the embed do what it needs and nothing more:
//   allow-scripts       the players and post widgets are scripts;
//   allow-same-origin   they read their own site's storage (a video's player settings); the frame is on the
//                       network's own origin, so this gives it nothing of this page;
//   allow-popups        the post's links (its author, the original) open in a new tab;
//   allow-popups-to-escape-sandbox  ...as a normal tab: sandboxed, the network's own page would not work;
//   allow-presentation  a video can be cast to a screen.
// Not allowed: top navigation, forms, pointer lock, downloads. The referrer says this site, never the page.

const NETWORKS = {
  x: { id: /^\d{1,20}$/, src: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true` },
  youtube: { id: /^[A-Za-z0-9_-]{11}$/, src: (id) => `https://www.youtube-nocookie.com/embed/${id}` },
  instagram: { id: /^[A-Za-z0-9_-]{5,40}$/, src: (id) => `https://www.instagram.com/p/${id}/embed/` },
  telegram: { id: /^[A-Za-z][A-Za-z0-9_]{3,31}\/\d{1,10}$/, src: (id) => `https://t.me/${id}?embed=1` },
  bluesky: {
    id: /^(?:did:plc:[a-z2-7]{24}|did:web:[a-z0-9.-]{1,253}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})\/[2-7a-z]{13}$/,
    src: (id) => {
      const [account, key] = id.split('/');
      return `https://embed.bsky.app/embed/${account}/app.bsky.feed.post/${key}`;
    },
  },
  tiktok: { id: /^\d{15,21}$/, src: (id) => `https://www.tiktok.com/player/v1/${id}` },
  vimeo: { id: /^\d{6,11}$/, src: (id) => `https://player.vimeo.com/video/${id}?dnt=1` },
};

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

const remembered = (network) => `liveblog.embeds.always.${network}`;

function alwaysShows(network) {
  try {
    return localStorage.getItem(remembered(network)) === 'yes';
  } catch {
    // Storage refused (a private window, a strict setting): nothing is remembered, the button still works.
    return false;
  }
}

function remember(network, always) {
  try {
    if (always) {
      localStorage.setItem(remembered(network), 'yes');
    } else {
      localStorage.removeItem(remembered(network));
    }
  } catch {
    // As above: the choice holds for this page only.
  }
}

function cardsOf(network) {
  return document.querySelectorAll(`.social-post[data-embed-network="${network}"][data-embed-ready]`);
}

function show(card) {
  const network = NETWORKS[card.dataset.embedNetwork];
  const id = card.dataset.embedId;
  const frame = card.querySelector('[data-embed-frame]');
  if (!network || !network.id.test(id) || !frame || frame.querySelector('iframe')) {
    return;
  }
  const iframe = document.createElement('iframe');
  iframe.className = `social-post-iframe social-post-iframe-${card.dataset.embedShape}`;
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.setAttribute('referrerpolicy', 'strict-origin');
  iframe.setAttribute('loading', 'lazy');
  iframe.setAttribute('allow', 'fullscreen; picture-in-picture; encrypted-media');
  iframe.title = card.dataset.embedTitle || '';
  iframe.src = network.src(id);
  frame.replaceChildren(iframe);
  card.classList.add('social-post-shown');
  card.querySelector('[data-embed-show]').hidden = true;
}

function hide(card) {
  card.querySelector('[data-embed-frame]').replaceChildren();
  card.classList.remove('social-post-shown');
  card.querySelector('[data-embed-show]').hidden = false;
}

function setUp(card) {
  const network = card.dataset.embedNetwork;
  card.dataset.embedReady = '';
  if (!NETWORKS[network] || !NETWORKS[network].id.test(card.dataset.embedId)) {
    return;
  }
  const consent = card.querySelector('[data-embed-consent]');
  const always = consent.querySelector('[data-embed-always]');
  consent.hidden = false;
  consent.querySelector('[data-embed-show]').addEventListener('click', () => show(card));
  always.checked = alwaysShows(network);
  always.addEventListener('change', () => {
    remember(network, always.checked);
    // Every card of that network on the page follows the choice; taking it back puts the cards back.
    cardsOf(network).forEach((other) => {
      other.querySelector('[data-embed-always]').checked = always.checked;
      if (always.checked) {
        show(other);
      } else {
        hide(other);
      }
    });
  });
  if (always.checked) {
    show(card);
  }
}

function setUpWithin(root) {
  if (root.matches?.('.social-post[data-embed-network]:not([data-embed-ready])')) {
    setUp(root);
  }
  root.querySelectorAll?.('.social-post[data-embed-network]:not([data-embed-ready])').forEach(setUp);
}

setUpWithin(document);
// Entries inserted or replaced live (live.js), and the composer's preview.
new MutationObserver((changes) => {
  changes.forEach((change) => change.addedNodes.forEach((node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      setUpWithin(node);
    }
  }));
}).observe(document.body, { childList: true, subtree: true });
