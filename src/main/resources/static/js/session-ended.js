// That the session has ended, said once where the editor looks: in the layout's notice at the top of the screen
// whatever the scroll (admin/layout.html #session-ended: sticky, read out at once), with a link that signs in and
// comes back, and in the header, whose "Signed in as" says the session ended, the link taking Sign out's place
// (signing out has nothing left to end). The one home of it for composer.js (its words, about the text under way)
// and desk.js (the layout's: the page no longer follows the desk); each imports this module by its hashed address.

/**
 * Says it in the notice, unless `unlessSaid` and something is said there already (the composer's words are the more
 * precise: they win over the desk's, not the other way round). False where the page has no notice.
 */
export function tellSessionEnded(words, signInHref, { unlessSaid = false } = {}) {
  const notice = document.getElementById('session-ended');
  if (!notice) {
    return false;
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
  if (signedIn && header.querySelector('button')) {
    signedIn.textContent = signedIn.dataset.sessionEnded;
    header.querySelector('button').remove();
    header.append(signInLink(notice, signInHref));
  }
  return true;
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
