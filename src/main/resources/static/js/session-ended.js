// That the session has ended, said once where the editor looks: in the layout's notice at the top of the screen
// whatever the scroll (admin/layout.html #session-ended: sticky, read out at once), with a link that signs in and
// comes back, and in the header, whose "Signed in as" says the session ended, the link taking Sign out's place
// (signing out has nothing left to end). The one home of it for composer.js (its words, about the text under way)
// and desk.js (the layout's: the page no longer follows the desk); each imports this module by its hashed address.
// Signed in again in another tab, the page takes it back as soon as the editor returns to it.

const whenSignedInAgain = [];

let watching = false;

/** The header's "Sign in again", in Sign out's place while the session is ended. */
let headerSignIn = null;

/**
 * Says it in the notice, unless `unlessSaid` and something is said there already (the composer's words are the more
 * precise: they win over the desk's, not the other way round); `onSignedInAgain` is called once a new session has
 * taken the ended one's place, for what stopped to go on. False where the page has no notice.
 */
export function tellSessionEnded(words, signInHref, { unlessSaid = false, onSignedInAgain } = {}) {
  const notice = document.getElementById('session-ended');
  if (!notice) {
    return false;
  }
  if (onSignedInAgain) {
    whenSignedInAgain.push(onSignedInAgain);
  }
  if (unlessSaid && notice.childElementCount > 0) {
    return true;
  }
  const said = document.createElement('p');
  said.append(words, ' ', signInLink(notice, signInHref));
  notice.replaceChildren(said);
  keepTheFieldInSightBelow(notice);
  const header = document.querySelector('.admin-signout');
  const signedIn = header?.querySelector('[data-session-ended]');
  const signOut = header?.querySelector('button');
  let restoreHeader = () => {};
  if (signedIn && signOut) {
    const asItWas = signedIn.textContent;
    const signIn = signInLink(notice, signInHref);
    signedIn.textContent = signedIn.dataset.sessionEnded;
    signOut.replaceWith(signIn);
    headerSignIn = signIn;
    restoreHeader = () => {
      signedIn.textContent = asItWas;
      signIn.replaceWith(signOut);
      headerSignIn = null;
    };
  } else if (headerSignIn) {
    // Said again, in the composer's words after the desk's: the header's link leads where the notice's does (back
    // to the text, ?resume).
    headerSignIn.href = signInHref;
  }
  watchForSignInAgain(notice, restoreHeader);
  return true;
}

// Each time the editor comes back to the page (its tab shown, its window focused), whether a session is there again,
// as after signing in in another tab: then every form carries the new session's token (the old one is refused), the
// notice goes, the header is as it was, and the scripts that stopped go on. Asked only then: a page left in the
// background asks nothing.
function watchForSignInAgain(notice, restoreHeader) {
  if (watching || !notice.dataset.session) {
    return;
  }
  watching = true;
  const check = async () => {
    if (!watching || document.visibilityState !== 'visible') {
      return;
    }
    let answer;
    try {
      answer = await fetch(notice.dataset.session, {
        headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        cache: 'no-store',
        credentials: 'same-origin',
        redirect: 'manual',
      });
    } catch {
      return; // offline: asked again next time
    }
    if (!answer.ok || !watching) {
      return;
    }
    if (isAnotherAccount(answer)) {
      // Signed in to another account in another tab: this page's forms and kept text are the first account's, so
      // it takes nothing of that session (a form sent from it would go out under the other name). Reloaded, it is
      // that account's page; signed in as the first again, it takes the session back as below.
      const said = document.createElement('p');
      const reload = document.createElement('a');
      reload.href = location.pathname + location.search.replace(/[?&]resume\b/, '');
      reload.textContent = notice.dataset.reload ?? '';
      said.append(notice.dataset.otherAccount ?? '', ' ', reload);
      notice.replaceChildren(said);
      return;
    }
    watching = false;
    removeEventListener('focus', check);
    document.removeEventListener('visibilitychange', check);
    const token = answer.headers.get('X-CSRF-TOKEN');
    for (const field of token ? document.querySelectorAll('input[name="_csrf"]') : []) {
      field.value = token;
    }
    notice.replaceChildren();
    document.documentElement.style.scrollPaddingTop = '';
    restoreHeader();
    for (const goOn of whenSignedInAgain.splice(0)) {
      goOn();
    }
  };
  addEventListener('focus', check);
  document.addEventListener('visibilitychange', check);
}

/**
 * Whether the session the server answered with is another account's than the one this page was opened as (its
 * id in the notice's data-editor, the answer's in X-Signed-In-As).
 */
function isAnotherAccount(answer) {
  const page = document.getElementById('session-ended')?.dataset.editor;
  const session = answer.headers.get('X-Signed-In-As');
  return Boolean(page && session && page !== session);
}

// The notice sticks to the top of the screen over whatever is there: on a phone, its three lines covered the
// text being typed. The field in use moves down to just below it, and the browser's own scrolling to the caret
// (or to a field tabbed into) keeps clear of it from then on.
function keepTheFieldInSightBelow(notice) {
  const below = Math.ceil(notice.getBoundingClientRect().bottom);
  document.documentElement.style.scrollPaddingTop = `${below}px`;
  const field = document.activeElement;
  if (!field || field === document.body || notice.contains(field)) {
    return;
  }
  const top = field.getBoundingClientRect().top;
  if (top < below) {
    window.scrollBy({ top: top - below - 8, behavior: 'instant' });
  }
}

function signInLink(notice, href) {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = notice.dataset.signIn ?? '';
  return link;
}
